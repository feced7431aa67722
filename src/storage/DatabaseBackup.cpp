#include "DatabaseBackup.h"

#include "Database.h"
#include "IntegrityCheck.h"
#include "PartialFile.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace huellas::DatabaseBackup {
namespace {

const QStringList sqliteCompanions{QStringLiteral("-wal"), QStringLiteral("-shm"),
                                   QStringLiteral("-journal")};

// Resolves symbolic links in the folder too, so a target that does not exist yet still compares
// equal to a file reached through another path.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

// Renaming over the database, or over its write-ahead log, would destroy the data being saved.
bool isPartOfDatabase(const Database& database, const QString& target)
{
    const QString file = resolved(database.path());
    const QString candidate = resolved(target);
    if (candidate == file)
        return true;
    for (const QString& suffix : sqliteCompanions)
        if (candidate == file + suffix)
            return true;
    return false;
}

// Opens the copy as the program would and has SQLite read every page of it. The copy is closed
// again on return, which lets SQLite remove its -wal and -shm before the rename.
Status verify(const QString& copyPath)
{
    auto opened = Database::open(copyPath);
    if (!opened)
        return failed(QCoreApplication::translate("DatabaseBackup", "the copy does not open: %1")
                          .arg(opened.error()));
    auto problems = IntegrityCheck::problems(**opened);
    if (!problems)
        return failed(problems.error());
    if (!problems->isEmpty())
        return failed(
            QCoreApplication::translate("DatabaseBackup", "the copy failed the integrity check: %1")
                .arg(problems->join(QLatin1String("; "))));
    return {};
}

} // namespace

Status backup(Database& database, const QString& targetPath)
{
    const auto cannotBackUp = [&targetPath](const QString& reason) {
        return failed(QCoreApplication::translate("DatabaseBackup", "Cannot back up to %1: %2")
                          .arg(targetPath, reason));
    };
    if (targetPath.trimmed().isEmpty())
        return failed(QCoreApplication::translate("DatabaseBackup", "No backup file was given."));
    if (isPartOfDatabase(database, targetPath))
        return cannotBackUp(QCoreApplication::translate(
            "DatabaseBackup", "that is the open database itself; choose another file"));
    if (QFileInfo(targetPath).isDir())
        return cannotBackUp(QCoreApplication::translate("DatabaseBackup", "it is a folder"));
    // A leftover log next to the target would be replayed into the new copy when it is opened.
    if (QFileInfo::exists(targetPath + QStringLiteral("-wal")))
        return cannotBackUp(
            QCoreApplication::translate("DatabaseBackup",
                                        "a database there is still in use (%1 exists); close it or "
                                        "choose another file")
                .arg(targetPath + QStringLiteral("-wal")));

    PartialFile copy(sqliteCompanions);
    auto copyPath = copy.reserveNextTo(targetPath);
    if (!copyPath)
        return cannotBackUp(copyPath.error());
    if (auto r = Sql::exec(database.connection(), QStringLiteral("VACUUM INTO :path"),
                           {{QStringLiteral(":path"), *copyPath}});
        !r)
        return cannotBackUp(r.error());
    if (auto verified = verify(*copyPath); !verified)
        return cannotBackUp(verified.error());
    if (auto moved = copy.moveOver(targetPath); !moved)
        return cannotBackUp(moved.error());
    return {};
}

} // namespace huellas::DatabaseBackup
