#include "DatabaseRestore.h"

#include "Database.h"
#include "IntegrityCheck.h"
#include "PartialFile.h"
#include "Sql.h"
#include "SqlitePageCopy.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace huellas::DatabaseRestore {
namespace {

// The backup, opened read-only on a connection of its own for as long as the restore needs it.
class BackupConnection final
{
    Q_DISABLE_COPY_MOVE(BackupConnection)

public:
    explicit BackupConnection(const QString& path)
        : m_name(QStringLiteral("huellas-restore-%1").arg(s_counter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~BackupConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    const QString& error() const { return m_error; }

private:
    static inline QAtomicInt s_counter;
    QString m_name;
    QString m_error;
};

// What can be told from the file and a few pages, before anything else is read.
Status checkOpened(const BackupConnection& backup)
{
    if (!backup.error().isEmpty())
        return failed(backup.error());
    const QSqlDatabase db = backup.connection();
    auto appId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return failed(appId.error());
    if (appId->toInt() != Database::applicationId)
        return failed(QCoreApplication::translate("DatabaseRestore", "it is not a Huellas CRM database"));
    auto version = Database::storedSchemaVersion(db);
    if (!version)
        return failed(version.error());
    if (*version > Database::latestSchemaVersion())
        return failed(QCoreApplication::translate("DatabaseRestore", "it was written by a newer version of Huellas CRM (schema %1; this version "
                         "knows up to %2)")
                          .arg(*version)
                          .arg(Database::latestSchemaVersion()));
    return {};
}

// Every page read: seconds on a large backup, so only on the way to replacing the database.
Status checkSound(const BackupConnection& backup)
{
    auto problems = IntegrityCheck::problems(backup.connection());
    if (!problems)
        return failed(problems.error());
    if (!problems->isEmpty())
        return failed(QCoreApplication::translate("DatabaseRestore", "it is damaged (%1)").arg(problems->join(QLatin1String("; "))));
    return {};
}

Status checkWhole(const BackupConnection& backup)
{
    if (auto opened = checkOpened(backup); !opened)
        return opened;
    return checkSound(backup);
}

Status checkFile(const QString& backupPath, const QString& databasePath)
{
    if (!QFileInfo(backupPath).isFile())
        return failed(QCoreApplication::translate("DatabaseRestore", "the file does not exist"));
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        return failed(QCoreApplication::translate("DatabaseRestore", "it is the open database itself"));
    if (!Database::hasSqliteHeader(backupPath))
        return failed(QCoreApplication::translate("DatabaseRestore", "it is not a Huellas CRM database (not an SQLite file)"));
    return {};
}

Status refused(const QString& backupPath, const QString& reason)
{
    return failed(QCoreApplication::translate("DatabaseRestore", "%1 cannot be restored: %2. Nothing was changed.").arg(backupPath, reason));
}

Result<QString> refusal(const QString& backupPath, const QString& reason)
{
    return failure<QString>(refused(backupPath, reason).error());
}

QString datedCopyPath(const QString& databasePath, const QDateTime& now)
{
    const QFileInfo info(databasePath);
    return QDir(info.absolutePath())
        .filePath(QStringLiteral("%1-antes-de-restaurar-%2.sqlite")
                      .arg(info.completeBaseName(), now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

} // namespace

Status check(const QString& backupPath, const QString& databasePath)
{
    if (auto checked = checkFile(backupPath, databasePath); !checked)
        return refused(backupPath, checked.error());
    const BackupConnection backup(backupPath);
    if (auto checked = checkOpened(backup); !checked)
        return refused(backupPath, checked.error());
    return {};
}

Result<QString> restore(Database& database, const QString& backupPath, const QDateTime& now)
{
    if (auto checked = checkFile(backupPath, database.path()); !checked)
        return refusal(backupPath, checked.error());
    // One connection to the backup for the checks and the copy.
    const BackupConnection backup(backupPath);
    if (auto checked = checkWhole(backup); !checked)
        return refusal(backupPath, checked.error());
    if (database.isReadOnly())
        return refusal(backupPath, QCoreApplication::translate("DatabaseRestore", "the database is open read-only"));
    // Pages, not rows: even a damaged current database is kept exactly as it was.
    // Written under a temporary name first: an interrupted restore leaves no half copy behind.
    const QString previous = datedCopyPath(database.path(), now);
    PartialFile copy({QStringLiteral("-journal")});
    auto copyPath = copy.reserveNextTo(previous);
    Status kept = copyPath ? SqlitePageCopy::copyToFile(database.connection(), *copyPath)
                           : failed(copyPath.error());
    if (kept)
        kept = copy.moveOver(previous);
    if (!kept)
        return refusal(backupPath, QCoreApplication::translate("DatabaseRestore", "the current database could not be kept as %1 "
                                                                              "(%2)")
                                       .arg(previous, kept.error()));
    if (auto copied = SqlitePageCopy::copy(backup.connection(), database.connection()); !copied)
        return refusal(backupPath, copied.error());
    if (auto migrated = database.reloadSchema(); !migrated)
        return failure<QString>(QCoreApplication::translate("DatabaseRestore", "The backup was restored, but updating its schema failed: %1. "
                                   "The previous database is in %2.")
                                    .arg(migrated.error(), previous));
    return previous;
}

Result<QString> restoreFile(const QString& databasePath, const QString& backupPath,
                            const QDateTime& now)
{
    if (auto checked = checkFile(backupPath, databasePath); !checked)
        return refusal(backupPath, checked.error());
    const BackupConnection backup(backupPath);
    if (auto checked = checkWhole(backup); !checked)
        return refusal(backupPath, checked.error());
    const QString previous = datedCopyPath(databasePath, now);
    if (QFileInfo::exists(databasePath)) {
        if (!QFile::rename(databasePath, previous))
            return refusal(backupPath, QCoreApplication::translate("DatabaseRestore", "the current database could not be kept as %1")
                                           .arg(previous));
        for (const char* suffix : {"-wal", "-shm"})
            if (QFileInfo::exists(databasePath + QLatin1String(suffix)))
                QFile::rename(databasePath + QLatin1String(suffix), previous + QLatin1String(suffix));
    }
    if (auto copied = SqlitePageCopy::copyToFile(backup.connection(), databasePath); !copied) {
        QFile::remove(databasePath);
        QFile::rename(previous, databasePath); // as it was
        return refusal(backupPath, copied.error());
    }
    return previous;
}

} // namespace huellas::DatabaseRestore
