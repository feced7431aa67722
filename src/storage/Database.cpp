#include "Database.h"

#include "Migrations.h"
#include "Sql.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace huellas {
namespace {


QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("huellas-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Qt's open() reads nothing, so the header is checked by hand before SQLite touches the file.
Status checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return failed(QCoreApplication::translate("Database", "Cannot read %1: %2").arg(path, file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic || file.size() < 512)
        return failed(QCoreApplication::translate("Database", "%1 is not a Huellas CRM database (it is not an SQLite file).").arg(path));
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_dialect(std::move(dialect))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("huellas.sqlite"));
}

int Database::latestSchemaVersion() { return int(Migrations::scripts(*makeSqliteDialect()).size()); }

Result<std::unique_ptr<Database>> Database::open(const QString& path, Verify verify)
{
    using R = Result<std::unique_ptr<Database>>;
    if (auto header = checkHeader(path); !header)
        return R::failure(header.error());
    if (const QString folder = QFileInfo(path).absolutePath(); !QDir().mkpath(folder))
        return R::failure(QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(folder));

    std::unique_ptr<Database> database(new Database(path, nextConnectionName(), makeSqliteDialect()));
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_dialect->driver(),
                                                database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return R::failure(QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, db.lastError().text()));
    if (auto checked = database->checkBeforeUse(verify); !checked)
        return R::failure(checked.error());
    if (auto migrated = database->migrate(); !migrated)
        return R::failure(migrated.error());
    return R(std::move(database));
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

Status Database::checkBeforeUse(Verify verify)
{
    const QSqlDatabase db = connection();
    const auto corrupt = [this](const QString& detail) {
        return failed(QCoreApplication::translate("Database", "%1 is damaged and was not opened (%2). Restore it from a backup.")
                          .arg(m_path, detail));
    };
    auto appId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return corrupt(appId.error());
    auto tables = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return corrupt(tables.error());
    const bool empty = tables->toInt() == 0;
    if (appId->toInt() != applicationId && !(appId->toInt() == 0 && empty))
        return failed(QCoreApplication::translate("Database", "%1 is an SQLite database of another program, not of Huellas CRM.")
                          .arg(m_path));
    if (verify == Verify::Everything) {
        auto check = Sql::scalar(db, QStringLiteral("PRAGMA quick_check"));
        if (!check)
            return corrupt(check.error());
        if (check->toString() != QLatin1String("ok"))
            return corrupt(check->toString());
    }
    if (!empty) {
        auto version = Sql::scalar(db, QStringLiteral("SELECT max(version) FROM schema_version"));
        if (!version)
            return corrupt(version.error());
        m_schemaVersion = version->toInt();
        if (m_schemaVersion > latestSchemaVersion())
            return failed(QCoreApplication::translate("Database", "%1 was written by a newer version of Huellas CRM (schema %2; this "
                             "version knows up to %3). Update the program to open it.")
                              .arg(m_path)
                              .arg(m_schemaVersion)
                              .arg(latestSchemaVersion()));
    }
    // The page cache is a ceiling, not an allocation: large imports and demo runs keep their
    // indexes in memory instead of spilling pages to the WAL and reading them back.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -262144"}) {
        if (auto r = Sql::exec(db, QString::fromLatin1(pragma)); !r)
            return failed(r.error());
    }
    return {};
}

Status Database::migrate()
{
    const QStringList scripts = Migrations::scripts(*m_dialect);
    if (m_schemaVersion >= scripts.size())
        return {};
    auto transaction = Transaction::begin(*this);
    if (!transaction)
        return failed(transaction.error());
    const QSqlDatabase db = connection();
    if (m_schemaVersion == 0) {
        const QString bootstrap[] = {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at "
                           "TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"),
            QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
        };
        for (const QString& sql : bootstrap)
            if (auto r = Sql::exec(db, sql); !r)
                return failed(r.error());
    }
    for (int version = m_schemaVersion + 1; version <= scripts.size(); ++version) {
        for (const QString& statement : Migrations::statements(scripts.at(version - 1))) {
            if (auto r = Sql::exec(db, statement); !r)
                return failed(QCoreApplication::translate("Database", "Migration to schema %1 failed: %2").arg(version).arg(r.error()));
        }
        if (auto r = Sql::exec(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (:v)"),
                               {{QStringLiteral(":v"), version}});
            !r)
            return failed(r.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return committed;
    m_schemaVersion = int(scripts.size());
    return {};
}

Result<QString> Database::setting(const QString& key) const
{
    auto value = Sql::scalar(connection(), QStringLiteral("SELECT value FROM settings WHERE key = :k"),
                             {{QStringLiteral(":k"), key}});
    if (!value)
        return failure<QString>(value.error());
    return value->toString();
}

Status Database::setSetting(const QString& key, const QString& value)
{
    auto r = Sql::exec(connection(),
                       QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {{QStringLiteral(":k"), key}, {QStringLiteral(":v"), value}});
    return r ? Status() : failed(r.error());
}

} // namespace huellas
