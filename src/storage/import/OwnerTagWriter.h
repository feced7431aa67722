#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace huellas {

class Database;

// Replaces an owner's tags with the file's (an import states the whole truth about them).
// The stored tags are read once for all owners, so an owner whose tags did not change costs
// no statement; one whose tags changed also gets a new updated_at.
class OwnerTagWriter final
{
    Q_DISABLE_COPY_MOVE(OwnerTagWriter)

public:
    OwnerTagWriter(Database& database, const QDateTime& now);

    // `isNew`: a freshly inserted owner has no tags yet.
    Status replace(qint64 ownerId, const QStringList& tags, bool isNew);

private:
    Status prepare();

    Database& m_database;
    QString m_now;
    QHash<qint64, QStringList> m_stored; // sorted, per owner
    QSqlQuery m_delete;
    QSqlQuery m_insert;
    QSqlQuery m_touch;
    bool m_prepared = false;
};

} // namespace huellas
