#include "Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace huellas::Sql {
namespace {

// What the desk can do about the SQLite result codes a person causes or can fix; the driver's
// English text alone ("attempt to write a readonly database") tells a clinic nothing.
QString causeOf(const QSqlError& error)
{
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known) & 0xff;
    if (!known)
        return {};
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate(
            "Storage", "another workstation or program is writing to the database and did not "
                       "finish within 5 seconds; try again in a moment");
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate(
            "Storage", "the database is read-only here (file, folder or disk); nothing was saved");
    case 13: // SQLITE_FULL
        return QCoreApplication::translate(
            "Storage", "the disk is full; nothing was saved. Free some space and try again");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate(
            "Storage", "the database file is damaged; restore a backup (File → Restore backup…)");
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate(
            "Storage", "the disk could not be read or written (is it full, removed or failing?)");
    default:
        return {};
    }
}

QString describe(const QSqlError& error, const QString& sql)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (const QString cause = causeOf(error); !cause.isEmpty())
        text = QStringLiteral("%1 (%2)").arg(cause, text);
    const QString statement = sql.simplified().left(80);
    return QCoreApplication::translate("Storage", "Database error: %1 (in: %2)")
        .arg(text, statement);
}

} // namespace

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantMap& params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failure<QSqlQuery>(describe(query.lastError(), sql));
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec())
        return failure<QSqlQuery>(describe(query.lastError(), sql));
    return query;
}

Status prepare(QSqlQuery& query, const QString& sql)
{
    query.setForwardOnly(true);
    return query.prepare(sql) ? Status() : failed(describe(query.lastError(), sql));
}

Status run(QSqlQuery& query)
{
    return query.exec() ? Status() : failed(describe(query.lastError(), query.lastQuery()));
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantMap& params)
{
    auto query = exec(db, sql, params);
    if (!query)
        return failure<QVariant>(query.error());
    QSqlQuery q = std::move(query).value();
    return q.next() ? q.value(0) : QVariant();
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant text(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace huellas::Sql
