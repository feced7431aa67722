#pragma once

#include "core/Result.h"

#include <QString>

namespace huellas {

// Where the data lives: an SQLite file on this computer (the embedded default), or a PostgreSQL
// database that several desks share. Storage picks the driver and the dialect from it, and each
// worker thread opens its own connection from the same spec.
//
// A PostgreSQL password is never part of the URL: a URL ends up in shell history, in process
// lists and in settings files. libpq reads it from PGPASSFILE or ~/.pgpass; a password asked in
// a dialog is kept in memory only (setPassword) and travels to the workers with the spec.
class ConnectionSpec final
{
public:
    enum class Engine { Sqlite, Postgres };
    static constexpr int defaultPostgresPort = 5432;

    ConnectionSpec() = default;
    static ConnectionSpec sqliteFile(const QString& path);
    // "postgresql://USER@HOST[:PORT]/NAME" (also "postgres://"). Refuses a password in it, a
    // missing user, host or database name, and anything after the name (options belong in
    // libpq's own files, not here).
    static Result<ConnectionSpec> fromUrl(const QString& url);
    static ConnectionSpec postgres(const QString& user, const QString& host, int port, const QString& databaseName);

    Engine engine() const { return m_engine; }
    bool isSqlite() const { return m_engine == Engine::Sqlite; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }

    // SQLite: the database file.
    QString filePath() const { return m_filePath; }

    // PostgreSQL.
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }
    // postgresql://USER@HOST:PORT/NAME, never with the password.
    QString url() const;

    // What messages name: the file, or the URL.
    QString displayName() const { return isSqlite() ? m_filePath : url(); }

    // The same place (the password does not make another database).
    bool operator==(const ConnectionSpec& other) const;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_filePath;
    QString m_user;
    QString m_host;
    int m_port = defaultPostgresPort;
    QString m_databaseName;
    QString m_password;
};

} // namespace huellas
