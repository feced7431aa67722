#include "Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDriver>
#include <QSqlError>

namespace huellas::Sql {
namespace {

const char* const busyText = QT_TRANSLATE_NOOP("Storage", "another workstation or program is writing to the database "
                                                            "and did not finish within 5 seconds; try again in a moment");

// What the desk can do about the SQLite result codes a person causes or can fix; the driver's
// English text alone ("attempt to write a readonly database") tells a clinic nothing.
QString sqliteCause(const QSqlError& error)
{
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known) & 0xff;
    if (!known)
        return {};
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("Storage", busyText);
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

// The same for PostgreSQL's SQLSTATE codes: a server that went away, a standby, a full disk.
QString postgresCause(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    // A connection that broke under a statement often comes without a SQLSTATE, only libpq's text.
    const QString text = error.databaseText();
    const bool connectionGone = text.contains(QLatin1String("server closed the connection")) ||
                                text.contains(QLatin1String("no connection to the server")) ||
                                text.contains(QLatin1String("terminating connection"));
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02") ||
        connectionGone || (state.isEmpty() && error.type() == QSqlError::ConnectionError))
        return QCoreApplication::translate("Storage", "the connection to the database server was lost; nothing was "
                                                      "saved. Check the network and the server, then try again");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return QCoreApplication::translate("Storage", "another desk was saving the same data at the same moment; "
                                                      "nothing was saved, try again");
    if (state == QLatin1String("55P03"))
        return QCoreApplication::translate("Storage", busyText);
    if (state == QLatin1String("25006"))
        return QCoreApplication::translate("Storage", "the database is read-only here (a standby server, or a user "
                                                      "without the right to write); nothing was saved");
    if (state == QLatin1String("53100"))
        return QCoreApplication::translate("Storage", "the database server's disk is full; nothing was saved. Tell "
                                                      "its administrator");
    return {};
}

QString causeOf(const QSqlError& error, const QSqlDriver* driver)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return postgresCause(error);
    return sqliteCause(error);
}

QString describe(const QSqlError& error, const QString& sql, const QSqlDriver* driver)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (const QString cause = causeOf(error, driver); !cause.isEmpty())
        text = QStringLiteral("%1 (%2)").arg(cause, text.trimmed());
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
        return failure<QSqlQuery>(describe(query.lastError(), sql, db.driver()));
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec())
        return failure<QSqlQuery>(describe(query.lastError(), sql, db.driver()));
    return query;
}

Status execScript(const QSqlDatabase& db, const QString& script)
{
    QSqlQuery query(db);
    if (!query.exec(script))
        return failed(describe(query.lastError(), script, db.driver()));
    // exec() reports the first statement of a text only; the others' results follow.
    while (query.nextResult()) {
    }
    if (query.lastError().isValid())
        return failed(describe(query.lastError(), script, db.driver()));
    return {};
}

Status prepare(QSqlQuery& query, const QString& sql)
{
    query.setForwardOnly(true);
    return query.prepare(sql) ? Status() : failed(describe(query.lastError(), sql, query.driver()));
}

Status run(QSqlQuery& query)
{
    return query.exec() ? Status() : failed(describe(query));
}

QString describe(const QSqlQuery& query)
{
    return describe(query.lastError(), query.lastQuery(), query.driver());
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
