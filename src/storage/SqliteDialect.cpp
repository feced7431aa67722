#include "SqlDialect.h"

#include "Database.h"
#include "core/LocalTime.h"

namespace huellas {
namespace {

class SqliteDialect final : public SqlDialect
{
public:
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QString migrationsFolder() const override { return QStringLiteral(":/sql/sqlite"); }
    bool runsScriptsWhole() const override { return false; }

    QStringList schemaBootstrap() const override
    {
        return {QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at "
                               "TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"),
                QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)};
    }

    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

    QString localDate(const QString& timestampExpr) const override
    {
        return QStringLiteral("date(%1, '%2 hours')")
            .arg(timestampExpr)
            .arg(LocalTime::utcOffsetSeconds / 3600);
    }

    QString daysBetween(const QString& fromDateExpr, const QString& toDateExpr) const override
    {
        return QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)")
            .arg(fromDateExpr, toDateExpr);
    }

    QString dateMinusDays(const QString& dateExpr, const QString& daysExpr) const override
    {
        return QStringLiteral("date(%1, (0 - (%2)) || ' days')").arg(dateExpr, daysExpr);
    }

    QString now() const override { return QStringLiteral("'now'"); }

    QString least(const QString& a, const QString& b) const override
    {
        return QStringLiteral("min(%1, %2)").arg(a, b);
    }

    QString containsText(const QString& columnExpr, const QString& param) const override
    {
        // LIKE is case-insensitive for ASCII in SQLite; '\' escapes the user's % and _.
        return QStringLiteral("%1 LIKE '%' || %2 || '%' ESCAPE '\\'").arg(columnExpr, param);
    }

    QVariant timestampValue(const QDateTime& utc) const override
    {
        // Timestamps are stored as fixed-width UTC text, whose text order is time order.
        return LocalTime::toStorage(utc);
    }

    QString unindexed(const QString& columnExpr) const override
    {
        // SQLite's documented idiom: a unary + keeps the value and rules the column's indexes out.
        return QLatin1Char('+') + columnExpr;
    }

    // An FTS5 trigram index: a term is found through its three-letter pieces, so "jose" costs
    // a lookup, not a read of every owner; nothing shorter than a trigram can be looked up.
    int ownerSearchMinimumLength() const override { return 3; }

    QString ownerSearchIds(OwnerSearchPart part, const QStringList& terms,
                           const std::function<QString(const QVariant&)>& bind) const override
    {
        const QString columns = part == OwnerSearchPart::Text ? QStringLiteral("{name email tags}")
                                                              : QStringLiteral("{phones}");
        QStringList phrases;
        for (QString term : terms) {
            // A quoted phrase takes every character literally; a quote is written twice.
            term.replace(QLatin1Char('"'), QLatin1String("\"\""));
            phrases << QStringLiteral("%1 : \"%2\"").arg(columns, term);
        }
        return QStringLiteral("SELECT rowid FROM owner_search WHERE owner_search MATCH %1")
            .arg(bind(phrases.join(QLatin1String(" AND "))));
    }

    QString caseInsensitiveOrder(const QString& expr) const override
    {
        return expr + QStringLiteral(" COLLATE NOCASE");
    }

    QString joinedInOrder(const QString& expr, const QString& separatorLiteral) const override
    {
        // SQLite 3.40 has no ORDER BY inside an aggregate; group_concat keeps the order the
        // rows come in, so the callers read them from an ordered subquery.
        return QStringLiteral("group_concat(%1, %2)").arg(expr, separatorLiteral);
    }

    QString flagIs(const QString& columnExpr, bool value) const override
    {
        return QStringLiteral("%1 = %2").arg(columnExpr, value ? QStringLiteral("1") : QStringLiteral("0"));
    }

    // Dates are 'YYYY-MM-DD' text already.
    QString dateFromText(const QString& textExpr) const override { return textExpr; }

    // max() of several values is NULL as soon as one is; '' sorts below every date.
    QString latestDate(const QStringList& dateExprs) const override
    {
        QStringList present;
        for (const QString& e : dateExprs)
            present << QStringLiteral("coalesce(%1, '')").arg(e);
        return QStringLiteral("nullif(max(%1), '')").arg(present.join(QLatin1String(", ")));
    }
};

} // namespace

std::unique_ptr<SqlDialect> makeSqliteDialect() { return std::make_unique<SqliteDialect>(); }

} // namespace huellas
