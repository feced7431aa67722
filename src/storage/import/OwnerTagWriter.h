#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

namespace huellas {

class Database;

// Replaces an owner's tags with the file's (an import states the whole truth about them).
// An existing owner's stored tags are read with one prepared SELECT (never all owners' tags
// at once: memory stays flat at a million owners), so an owner whose tags did not change
// costs no write; one whose tags changed also gets a new updated_at.
class OwnerTagWriter final
{
    Q_DISABLE_COPY_MOVE(OwnerTagWriter)

public:
    OwnerTagWriter(Database& database, const QDateTime& now);

    // `isNew`: a freshly inserted owner has no tags yet.
    Status replace(qint64 ownerId, const QStringList& tags, bool isNew);

private:
    Status prepare();
    Result<QStringList> storedTags(qint64 ownerId);

    Database& m_database;
    QString m_now;
    QSqlQuery m_select;
    QSqlQuery m_delete;
    QSqlQuery m_insert;
    QSqlQuery m_touch;
    bool m_prepared = false;
};

} // namespace huellas
