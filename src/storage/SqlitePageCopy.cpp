#include "SqlitePageCopy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace huellas::SqlitePageCopy {
namespace {

// The driver's own handle: Debian's QSQLITE plugin links the same libsqlite3 as we do.
sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Status copyBetween(sqlite3* source, sqlite3* target)
{
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return failed(QString::fromUtf8(sqlite3_errmsg(target)));
    // -1: every page in one step, so the target changes in a single transaction.
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE) {
        const QString reason = stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED
                                   ? QCoreApplication::translate(
                                         "SqlitePageCopy", "the database is in use by another "
                                                           "workstation or program; try again in a moment")
                                   : QString::fromUtf8(sqlite3_errstr(stepped));
        return failed(reason);
    }
    return {};
}

} // namespace

Status copy(const QSqlDatabase& source, const QSqlDatabase& target)
{
    sqlite3* from = handleOf(source);
    sqlite3* to = handleOf(target);
    if (!from || !to)
        return failed(QStringLiteral("SqlitePageCopy: not an open SQLite connection"));
    return copyBetween(from, to);
}

Status copyToFile(const QSqlDatabase& source, const QString& targetPath)
{
    sqlite3* from = handleOf(source);
    if (!from)
        return failed(QStringLiteral("SqlitePageCopy: not an open SQLite connection"));
    if (QFileInfo(targetPath).size() > 0)
        return failed(QCoreApplication::translate("SqlitePageCopy", "%1 already exists").arg(targetPath));
    sqlite3* to = nullptr;
    const QByteArray path = targetPath.toUtf8();
    if (sqlite3_open_v2(path.constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        const QString reason = to ? QString::fromUtf8(sqlite3_errmsg(to)) : QString();
        sqlite3_close(to);
        return failed(reason);
    }
    Status copied = copyBetween(from, to);
    sqlite3_close(to);
    return copied;
}

} // namespace huellas::SqlitePageCopy
