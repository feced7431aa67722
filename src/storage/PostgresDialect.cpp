#include "SqlDialect.h"

#include "Database.h"
#include "LikeEscape.h"
#include "core/LocalTime.h"

#include <QStringList>

namespace huellas {
namespace {

// The schema scripts (resources/sql/postgresql) store dates as date and timestamps as
// timestamptz, every text column COLLATE "C" (byte order, as SQLite's BINARY), and keep
// owner_search, the table of the owners' folded texts that pg_trgm indexes.
class PostgresDialect final : public SqlDialect
{
public:
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString migrationsFolder() const override { return QStringLiteral(":/sql/postgresql"); }
    bool runsScriptsWhole() const override { return true; }

    QStringList schemaBootstrap() const override
    {
        return {
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL, "
                           "applied_at timestamptz NOT NULL DEFAULT now())")};
    }

    // beginWrite() takes no lock of the whole database, so two desks opening an older database
    // at once queue here; the lock is the database's own (advisory keys are per database) and
    // ends with the transaction.
    QStringList schemaLock() const override
    {
        return {QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)")
                    .arg(Database::applicationId)
                    .arg(schemaLockKey)};
    }

    // READ COMMITTED, named so that a server whose default is stricter does not turn a desk's
    // save into a serialization failure the program has no retry for. Writers meet only on the
    // rows they both write (an owner's row, its search row): the second waits for the first to
    // commit, then writes on the committed row, which is what SQLite's one writer at a time
    // gives; desks saving different owners, or saving while an import or a metrics refresh
    // runs, do not wait for each other at all. Holding one lock for the whole database (an
    // advisory lock here) would copy SQLite's waiting as well, for nothing the program needs.
    // What it would rule out: two transactions writing the same two rows in opposite orders
    // deadlock; the server sees it within deadlock_timeout (1 s) and fails one of them, a
    // failed save the desk reports as any other, where SQLite fails a writer after its 5 s wait.
    QString beginWrite() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
    }

    // The calendar date at the clinic's fixed offset (core/LocalTime), whatever the session's
    // TimeZone: AT TIME ZONE with an interval takes the ISO sign (negative is west of UTC).
    QString localDate(const QString& timestampExpr) const override
    {
        return QStringLiteral(
                   "CAST(CAST(%1 AS timestamptz) AT TIME ZONE INTERVAL '%2 seconds' AS date)")
            .arg(timestampExpr, QString::number(LocalTime::utcOffsetSeconds));
    }

    // The casts take the dates the program binds as 'YYYY-MM-DD' text as well as date columns.
    QString daysBetween(const QString& fromDateExpr, const QString& toDateExpr) const override
    {
        return QStringLiteral("(CAST(%2 AS date) - CAST(%1 AS date))")
            .arg(fromDateExpr, toDateExpr);
    }

    // date - integer is a date; without the cast a bound number could be taken for a date.
    QString dateMinusDays(const QString& dateExpr, const QString& daysExpr) const override
    {
        return QStringLiteral("(CAST(%1 AS date) - CAST(%2 AS integer))").arg(dateExpr, daysExpr);
    }

    // SQLite's 'now' is the moment the statement runs, not the transaction's start (now()).
    QString now() const override { return QStringLiteral("statement_timestamp()"); }

    // SQLite's two-argument min() (a NULL argument is the caller's to handle: this would
    // ignore it where SQLite answers NULL).
    QString least(const QString& a, const QString& b) const override
    {
        return QStringLiteral("least(%1, %2)").arg(a, b);
    }

    // ILIKE under "C" folds ASCII letters only, as SQLite's LIKE does ("É" still differs from
    // "é"); the collation is named in case the expression is not a column. LIKE's default
    // escape character is '\', the one LikeEscape.h writes, so no literal with a backslash
    // depends on the server's standard_conforming_strings.
    QString containsText(const QString& columnExpr, const QString& param) const override
    {
        return QStringLiteral("(%1) COLLATE \"C\" ILIKE '%' || %2 || '%'").arg(columnExpr, param);
    }

    // Typed: the driver sends a timestamp with its zone, compared with timestamptz as times.
    QVariant timestampValue(const QDateTime& utc) const override { return utc.toUTC(); }

    // The planner weighs the share of rows a condition keeps from the column's statistics and
    // scans the table by itself when that is cheaper; it needs no hint.
    QString unindexed(const QString& columnExpr) const override { return columnExpr; }

    // pg_trgm, as FTS5's trigram tokenizer, finds a term through its three-character pieces;
    // a shorter pattern would read the whole index.
    int ownerSearchMinimumLength() const override { return 3; }

    // Each term in any of the part's columns, as FTS5's "{name email tags} : term" phrases
    // joined by AND. The term is folded by owner_search_folded(), the table the stored columns
    // were folded by (schema 3), as FTS5 folds the phrase by the table it indexed with; its %
    // and _ are escaped first so that they stay characters, as inside an FTS5 phrase.
    QString ownerSearchIds(OwnerSearchPart part, const QStringList& terms,
                           const std::function<QString(const QVariant&)>& bind) const override
    {
        Q_ASSERT(!terms.isEmpty());
        const QStringList columns =
            part == OwnerSearchPart::Text
                ? QStringList{QStringLiteral("name"), QStringLiteral("email"),
                              QStringLiteral("tags")}
                : QStringList{QStringLiteral("phones")};
        QStringList conditions;
        for (const QString& term : terms) {
            const QString pattern = escapedForLike(term);
            QStringList alternatives;
            for (const QString& column : columns)
                alternatives << QStringLiteral("%1 LIKE '%' || owner_search_folded(%2) || '%'")
                                    .arg(column, bind(pattern));
            conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) +
                              QLatin1Char(')');
        }
        return QStringLiteral("SELECT owner_id FROM owner_search WHERE %1")
            .arg(conditions.join(QLatin1String(" AND ")));
    }

    // The expression the NOCASE indexes of schema 1 are built on (lower() of a "C" column
    // folds A-Z only, as NOCASE), so that an ORDER BY of it can read them.
    QString caseInsensitiveOrder(const QString& expr) const override
    {
        return QStringLiteral("lower(%1)").arg(expr);
    }

    // Ordered inside the aggregate: the rows' order going in is not kept, unlike SQLite's
    // group_concat; "C" makes the order the bytes', as SQLite's BINARY.
    QString joinedInOrder(const QString& expr, const QString& separatorLiteral) const override
    {
        return QStringLiteral("string_agg(%1, %2 ORDER BY %1 COLLATE \"C\")")
            .arg(expr, separatorLiteral);
    }

    // An identity BY DEFAULT takes explicit ids without moving its sequence: the next default
    // would collide with them.
    QString continueIdsAfter(const QString& table) const override
    {
        return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                              "coalesce(max(id), 0) + 1, false) FROM %1")
            .arg(table);
    }

    // As the partial index's predicate: "WHERE requires_follow_up AND NOT follow_up_completed".
    QString flagIs(const QString& columnExpr, bool value) const override
    {
        return value ? columnExpr : QStringLiteral("NOT %1").arg(columnExpr);
    }

    QString dateFromText(const QString& textExpr) const override
    {
        return QStringLiteral("CAST(%1 AS date)").arg(textExpr);
    }

    // greatest() skips NULLs, and is NULL only when all are.
    QString latestDate(const QStringList& dateExprs) const override
    {
        return QStringLiteral("greatest(%1)").arg(dateExprs.join(QLatin1String(", ")));
    }

private:
    // The second key of the migration lock, under Database::applicationId as the first.
    static constexpr int schemaLockKey = 1;
};

} // namespace

std::unique_ptr<SqlDialect> makePostgresDialect()
{
    return std::make_unique<PostgresDialect>();
}

} // namespace huellas
