#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace huellas {

class Database;

// Staff usernames → ids for interactions.csv's handled_by. A username not known yet becomes
// an inactive reception member without a login (DOMAIN.md), so history keeps its author
// without opening an account nobody asked for. The staff table is a handful of people, so
// it is held in memory whole.
class StaffDirectory final
{
    Q_DISABLE_COPY_MOVE(StaffDirectory)

public:
    explicit StaffDirectory(Database& database) : m_database(database) {}

    Status load();
    Result<qint64> idOf(const QString& username);
    const QStringList& createdUsernames() const { return m_created; }

private:
    Database& m_database;
    QHash<QString, qint64> m_ids;
    QStringList m_created;
    QSqlQuery m_insert; // prepared on the first new username, reused for the next
};

} // namespace huellas
