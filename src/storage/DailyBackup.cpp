#include "DailyBackup.h"

#include "Database.h"
#include "DatabaseBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace huellas::DailyBackup {
namespace {

QString baseNameOf(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString fileFor(const QString& databasePath, const Policy& policy, const QDate& day)
{
    return QDir(folderOf(databasePath, policy))
        .filePath(QStringLiteral("%1-%2.sqlite")
                      .arg(baseNameOf(databasePath), day.toString(Qt::ISODate)));
}

} // namespace

QString defaultFolder(const QString& databasePath)
{
    return QDir(QFileInfo(databasePath).absolutePath()).filePath(QStringLiteral("respaldos"));
}

QString folderOf(const QString& databasePath, const Policy& policy)
{
    return policy.folder.trimmed().isEmpty() ? defaultFolder(databasePath) : policy.folder;
}

QStringList existing(const QString& databasePath, const Policy& policy)
{
    // Only our own names: a file the clinic put in the folder is never touched.
    const QRegularExpression ours(
        QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.sqlite$")
            .arg(QRegularExpression::escape(baseNameOf(databasePath))));
    const QDir folder(folderOf(databasePath, policy));
    QStringList found;
    for (const QString& name : folder.entryList(QDir::Files, QDir::Name | QDir::Reversed))
        if (ours.match(name).hasMatch())
            found << folder.filePath(name);
    return found; // ISO dates sort by name
}

Result<QString> runIfDue(Database& database, const Policy& policy, const QDate& today)
{
    const QString target = fileFor(database.path(), policy, today);
    if (QFileInfo::exists(target))
        return QString();
    const QString folder = folderOf(database.path(), policy);
    if (!QDir().mkpath(folder))
        return failure<QString>(QCoreApplication::translate("DailyBackup", "Cannot create the backup folder %1.")
                                    .arg(folder));
    if (auto copied = DatabaseBackup::backup(database, target); !copied)
        return failure<QString>(copied.error());
    const QStringList all = existing(database.path(), policy);
    for (qsizetype i = qMax(1, policy.kept); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return target;
}

} // namespace huellas::DailyBackup
