#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace huellas {

class Database;

// The automatic backup the window takes once a day, in the background after it starts: one
// file a day in a folder ("respaldos" beside the database by default), named
// <database>-YYYY-MM-DD.sqlite, the newest `kept` of them kept. Each is made by
// DatabaseBackup::backup — a temporary name, an integrity check of the copy, then the rename —
// so a failed or interrupted backup never replaces a good one.
namespace DailyBackup {

struct Policy
{
    QString folder; // empty: defaultFolder()
    int kept = 7;
};

QString defaultFolder(const QString& databasePath);
QString folderOf(const QString& databasePath, const Policy& policy);
// This folder's daily backups of that database, newest first.
QStringList existing(const QString& databasePath, const Policy& policy);

// Backs up when there is no backup dated `today` yet and removes the oldest beyond `kept`.
// Returns the file written, or an empty string when today's backup already existed.
Result<QString> runIfDue(Database& database, const Policy& policy, const QDate& today);

} // namespace DailyBackup
} // namespace huellas
