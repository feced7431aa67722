#pragma once

#include "SqlDialect.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace huellas {

class Transaction;

// One open Huellas database: a named QSqlDatabase connection for this thread, checked and
// migrated on open. A worker thread opens its own Database on the same file.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // The application id stored in our SQLite files ("HUE1").
    static constexpr int applicationId = 0x48554531;

    // How much of the file to verify when opening. The integrity check reads every page (seconds
    // on a large file): the program runs it once; a worker thread's second connection to the
    // same, already checked file skips it.
    enum class Verify { Everything, SkipIntegrityCheck };

    // Opens (creating when missing) and migrates. A file that is not an SQLite database, not
    // ours, corrupt, or from a newer schema is refused and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, Verify verify = Verify::Everything);
    // The embedded default: huellas.sqlite in the user's data folder.
    static QString defaultPath();
    static int latestSchemaVersion();

    ~Database();

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Small typed key/value store in the database itself (shared by every workstation).
    Result<QString> setting(const QString& key) const;
    Status setSetting(const QString& key, const QString& value);

private:
    Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect);
    Status checkBeforeUse(Verify verify);
    Status migrate();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;

    friend class Transaction;
};

} // namespace huellas
