// Database's PostgreSQL half: connecting to a server and telling an empty database, ours, and
// another program's apart. The SQLite half (file header, read-only folders, PRAGMAs) is in
// Database.cpp; what follows the open (migrations, settings, transactions) is shared.
#include "Database.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace huellas {
namespace {

// libpq's texts say what went wrong in English and at length; the desk needs the cause first.
QString connectionProblem(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("no password supplied")))
        return QCoreApplication::translate("Database", "the server asks for a password; keep it in ~/.pgpass (or in "
                                                       "the file PGPASSFILE names)");
    if (text.contains(QLatin1String("password authentication failed")))
        return QCoreApplication::translate("Database", "the user or the password is wrong");
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return QCoreApplication::translate("Database", "the server has no database of that name; ask its "
                                                       "administrator to create it (an empty one is enough)");
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("timeout expired")) ||
        text.contains(QLatin1String("could not translate host name")))
        return QCoreApplication::translate("Database", "the server does not answer; check the address and the port, "
                                                       "and that the server is running");
    return text.trimmed();
}

} // namespace

Database::Opened Database::openPostgres(const ConnectionSpec& spec)
{
    std::unique_ptr<Database> database(new Database(spec, makePostgresDialect()));
    if (auto connected = database->connectPostgres(); !connected)
        return Opened::failure(connected.error());
    if (auto checked = database->checkPostgresBeforeUse(); !checked)
        return Opened::failure(checked.error());
    if (database->m_readOnly && database->m_schemaVersion < latestSchemaVersion())
        return Opened::failure(QCoreApplication::translate("Database", "%1 is read-only here (a standby server, or a user "
                                                                       "without the right to write) and must first be "
                                                                       "updated to this version of Huellas CRM on the primary.")
                                   .arg(spec.url()));
    if (auto migrated = database->migrate(); !migrated)
        return Opened::failure(migrated.error());
    return Opened(std::move(database));
}

Status Database::connectPostgres()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driver(), m_connectionName);
    db.setHostName(m_spec.host());
    db.setPort(m_spec.port());
    db.setUserName(m_spec.user());
    db.setDatabaseName(m_spec.databaseName());
    // Without one, libpq reads the password from PGPASSFILE or ~/.pgpass itself.
    if (!m_spec.password().isEmpty())
        db.setPassword(m_spec.password());
    // A server that went away is reported within seconds, not after TCP's minutes.
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=huellas"));
    if (!db.open())
        return failed(QCoreApplication::translate("Database", "Cannot connect to %1: %2.")
                          .arg(m_spec.url(), connectionProblem(db.lastError())));
    // Timestamps travel as UTC: the clinic's calendar day comes from the dialect, never from
    // the time zone a server happens to be set to.
    if (auto r = Sql::execScript(db, QStringLiteral("SET TIME ZONE 'UTC'")); !r)
        return r;
    return {};
}

Status Database::checkPostgresBeforeUse()
{
    const QSqlDatabase db = connection();
    const auto corrupt = [this](const QString& detail) {
        return failed(QCoreApplication::translate("Database", "%1 could not be read (%2).").arg(m_spec.url(), detail));
    };
    const QString tablesSql = QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                             "current_schema()");
    auto tables = Sql::scalar(db, tablesSql);
    if (!tables)
        return corrupt(tables.error());
    auto ours = Sql::scalar(db, tablesSql + QStringLiteral(" AND table_name = 'schema_version'"));
    if (!ours)
        return corrupt(ours.error());
    if (tables->toInt() > 0 && ours->toInt() == 0)
        return failed(QCoreApplication::translate("Database", "The PostgreSQL database %1 holds tables of another "
                                                              "program, not of Huellas CRM; use an empty database.")
                          .arg(m_spec.url()));
    // A hot standby, or a session the administrator made read-only, takes reads only.
    auto readOnly = Sql::scalar(db, QStringLiteral("SELECT pg_is_in_recovery() OR "
                                                   "current_setting('transaction_read_only') = 'on'"));
    if (!readOnly)
        return corrupt(readOnly.error());
    m_readOnly = readOnly->toBool();
    if (ours->toInt() > 0)
        return checkSchemaVersion(corrupt);
    return {};
}

} // namespace huellas
