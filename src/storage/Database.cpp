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
#include <QTemporaryFile>
#include <QUrl>

#include <atomic>

namespace huellas {
namespace {

std::atomic<int> newConnectionCacheKiB{Database::bulkCacheKiB};

// The KiB is a number from code, not input (a negative cache_size counts KiB, not pages).
QString cacheSizePragma(int kib) { return QStringLiteral("PRAGMA cache_size = -%1").arg(kib); }

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
    if (!Database::hasSqliteHeader(path) || file.size() < 512)
        return failed(QCoreApplication::translate("Database", "%1 is not a Huellas CRM database (it is not an SQLite file).").arg(path));
    return {};
}

// Whether this process may write the file and create its -wal and -shm beside it. Root ignores
// permission bits but not a read-only mount, so the probe really opens for writing (and leaves
// nothing behind).
bool canWrite(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
    }
    QTemporaryFile probe(QDir(info.absolutePath()).filePath(QStringLiteral(".huellas-probe-XXXXXX")));
    return probe.open();
}

QString readOnlyReason(const QString& path)
{
    return QFileInfo(path).exists() && !QFile(path).open(QIODevice::ReadWrite)
               ? QCoreApplication::translate("Database", "the file is read-only")
               : QCoreApplication::translate("Database", "its folder is read-only");
}

} // namespace

Database::Database(ConnectionSpec spec, std::unique_ptr<SqlDialect> dialect)
    : m_spec(std::move(spec)), m_connectionName(nextConnectionName()), m_dialect(std::move(dialect))
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

bool Database::hasSqliteHeader(const QString& path)
{
    QFile file(path);
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.open(QIODevice::ReadOnly) && file.read(16) == magic;
}

Result<int> Database::storedSchemaVersion(const QSqlDatabase& connection)
{
    auto version = Sql::scalar(connection, QStringLiteral("SELECT max(version) FROM schema_version"));
    if (!version)
        return failure<int>(version.error());
    return version->toInt();
}

Database::Opened Database::open(const ConnectionSpec& spec)
{
    return spec.isSqlite() ? openSqlite(spec.filePath()) : openPostgres(spec);
}

Database::Opened Database::openSqlite(const QString& path)
{
    using R = Opened;
    if (auto header = checkHeader(path); !header)
        return R::failure(header.error());
    const bool exists = QFileInfo::exists(path);
    if (const QString folder = QFileInfo(path).absolutePath(); !exists && !QDir().mkpath(folder))
        return R::failure(QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(folder));
    const bool readOnly = !canWrite(path);
    if (readOnly && !exists)
        return R::failure(QCoreApplication::translate("Database", "Cannot create %1: %2.")
                              .arg(path, readOnlyReason(path)));

    std::unique_ptr<Database> database(new Database(ConnectionSpec::sqliteFile(path), makeSqliteDialect()));
    database->m_readOnly = readOnly;
    // On a read-only folder SQLite cannot create the -shm a WAL reader needs; with no -wal left
    // over (the file was closed cleanly) the file is read as immutable instead.
    const bool immutable = readOnly && !QFileInfo::exists(path + QStringLiteral("-wal")) &&
                           !QFileInfo::exists(path + QStringLiteral("-shm")) &&
                           !QFileInfo(QFileInfo(path).absolutePath()).isWritable();
    if (auto connected = database->connectSqlite(readOnly, immutable); !connected)
        return R::failure(connected.error());
    if (auto checked = database->checkSqliteBeforeUse(); !checked)
        return R::failure(checked.error());
    if (readOnly && database->m_schemaVersion < latestSchemaVersion())
        return R::failure(QCoreApplication::translate("Database", "%1 is read-only (%2) and must first be updated "
                                                                  "to this version of Huellas CRM. Open it once where it can be written.")
                              .arg(path, readOnlyReason(path)));
    if (auto migrated = database->migrate(); !migrated)
        return R::failure(migrated.error());
    return R(std::move(database));
}

Status Database::connectSqlite(bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driver(), m_connectionName);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        options << QStringLiteral("QSQLITE_OPEN_URI");
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                               .arg(QString::fromUtf8(QUrl::toPercentEncoding(path(), "/"))));
    } else {
        db.setDatabaseName(path());
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return failed(QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path(), db.lastError().text()));
    return {};
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

Status Database::checkSqliteBeforeUse()
{
    const QSqlDatabase db = connection();
    const auto corrupt = [this](const QString& detail) {
        return failed(QCoreApplication::translate("Database", "%1 is damaged and was not opened (%2). Restore it from a backup.")
                          .arg(path(), detail));
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
                          .arg(path()));
    if (!empty) {
        if (auto checked = checkSchemaVersion(corrupt); !checked)
            return checked;
    }
    // The page cache is a ceiling, not an allocation: large imports and demo runs keep their
    // indexes in memory instead of spilling pages to the WAL and reading them back.
    // A read-only connection cannot change the journal mode; the file keeps the one it has.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA synchronous = NORMAL"),
                        cacheSizePragma(newConnectionCacheKiB.load())};
    if (!m_readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL");
    for (const QString& pragma : pragmas) {
        if (auto r = Sql::exec(db, pragma); !r)
            return failed(r.error());
    }
    return {};
}

Status Database::checkSchemaVersion(const std::function<Status(const QString&)>& corrupt)
{
    auto version = storedSchemaVersion(connection());
    if (!version)
        return corrupt(version.error());
    m_schemaVersion = *version;
    if (m_schemaVersion > latestSchemaVersion())
        return failed(QCoreApplication::translate("Database", "%1 was written by a newer version of Huellas CRM (schema %2; this "
                                                              "version knows up to %3). Update the program to open it.")
                          .arg(displayName())
                          .arg(m_schemaVersion)
                          .arg(latestSchemaVersion()));
    return {};
}

void Database::setCacheKiBForNewConnections(int kib) { newConnectionCacheKiB.store(kib); }

Status Database::useCacheKiB(int kib)
{
    if (!m_spec.isSqlite())
        return {};
    auto set = Sql::exec(connection(), cacheSizePragma(kib));
    return set ? Status() : failed(set.error());
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
    // Two desks may open a new or older database at once: the version is read again under the
    // write lock, and only the first one migrates.
    QStringList preparation = m_dialect->schemaLock();
    if (m_schemaVersion == 0)
        preparation << m_dialect->schemaBootstrap();
    for (const QString& sql : std::as_const(preparation))
        if (auto r = Sql::execScript(db, sql); !r)
            return r;
    auto current = storedSchemaVersion(db);
    if (!current)
        return failed(current.error());
    m_schemaVersion = *current;
    for (int version = m_schemaVersion + 1; version <= scripts.size(); ++version) {
        for (const QString& statement : Migrations::statements(*m_dialect, scripts.at(version - 1))) {
            if (auto r = Sql::execScript(db, statement); !r)
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

Status Database::reloadSchema()
{
    auto version = storedSchemaVersion(connection());
    if (!version)
        return failed(version.error());
    m_schemaVersion = *version;
    return migrate();
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
