#pragma once

#include "ConnectionSpec.h"
#include "SqlDialect.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace huellas {

class Transaction;

// One open Huellas database: a named QSqlDatabase connection for this thread, checked and
// migrated on open — an SQLite file or a PostgreSQL database (ConnectionSpec). A worker thread
// opens its own Database from the same spec.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // The application id stored in our SQLite files ("HUE1").
    static constexpr int applicationId = 0x48554531;

    // Opens (creating when missing) and migrates. A file that is not an SQLite database, not
    // ours, with a damaged schema, or from a newer schema is refused and left untouched. Only
    // the header, the application id and the schema are read: the integrity check reads every
    // page (tens of seconds at a million owners), so it runs in the background, at backup time
    // and in `check` (IntegrityCheck), never on the way to a usable window.
    //
    // A file or folder that cannot be written (a read-only file, folder or medium) is opened
    // read-only: isReadOnly() is true and every write fails with a message that says so.
    //
    // A PostgreSQL database is opened the same way: an empty one gets the schema, one with
    // tables that are not ours is refused, a server that cannot be reached says so.
    static Result<std::unique_ptr<Database>> open(const ConnectionSpec& spec);
    static Result<std::unique_ptr<Database>> open(const QString& sqliteFile)
    {
        return open(ConnectionSpec::sqliteFile(sqliteFile));
    }
    // The embedded default: huellas.sqlite in the user's data folder.
    static QString defaultPath();
    static int latestSchemaVersion();
    // Whether the file starts with SQLite's header (Qt's open() reads nothing to tell).
    static bool hasSqliteHeader(const QString& path);
    // The schema version recorded in a Huellas database on `connection`.
    static Result<int> storedSchemaVersion(const QSqlDatabase& connection);

    // The page cache each connection may fill (KiB), for every connection opened from then on.
    // The default, 256 MiB, lets an import or a refresh of a million owners keep its indexes
    // in memory; the window, with a connection per worker, sets a small one (the file's pages
    // stay in the system's cache anyway) and its import raises its own with useCacheKiB().
    // A PostgreSQL server sizes its own cache: both are no-ops there.
    static constexpr int bulkCacheKiB = 256 * 1024;
    static void setCacheKiBForNewConnections(int kib);
    Status useCacheKiB(int kib);

    ~Database();

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    const ConnectionSpec& spec() const { return m_spec; }
    // The SQLite file; empty on PostgreSQL, which has no file of ours to back up or check.
    QString path() const { return m_spec.filePath(); }
    // The file or the server's URL, for messages.
    QString displayName() const { return m_spec.displayName(); }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }

    // After the file's content was replaced underneath (DatabaseRestore): reads the schema
    // version again and migrates an older one.
    Status reloadSchema();

    // Small typed key/value store in the database itself (shared by every workstation).
    Result<QString> setting(const QString& key) const;
    Status setSetting(const QString& key, const QString& value);

private:
    using Opened = Result<std::unique_ptr<Database>>;
    Database(ConnectionSpec spec, std::unique_ptr<SqlDialect> dialect);
    static Opened openSqlite(const QString& path);
    Status connectSqlite(bool readOnly, bool immutable);
    Status checkSqliteBeforeUse();
    static Opened openPostgres(const ConnectionSpec& spec); // DatabasePostgres.cpp
    Status connectPostgres();
    Status checkPostgresBeforeUse();
    Status checkSchemaVersion(const std::function<Status(const QString&)>& corrupt);
    Status migrate();

    ConnectionSpec m_spec;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false;

    friend class Transaction;
};

} // namespace huellas
