#pragma once

#include "ImportKind.h"
#include "core/Result.h"

#include <QSqlQuery>

#include <array>

namespace huellas {

class Database;

// The external ids one import has read, in a temporary table of the import's transaction
// rather than in memory (a million-owner import reads sixteen million of them): the file
// and line each was first read on, for "repeated in this file", and whether its row was
// rejected, so that rows referring to it are not reported again. Rolling back drops it.
class ImportKeyTable final
{
    Q_DISABLE_COPY_MOVE(ImportKeyTable)

public:
    explicit ImportKeyTable(Database& database);

    Status create();
    Status drop();
    // Records `externalId` as read on `line` of file number `file`; when that file already had
    // it, returns the line it was first on instead (and records nothing).
    Result<int> firstLineInFile(ImportKind kind, const QString& externalId, int file, int line);
    Status markRejected(ImportKind kind, const QString& externalId);
    Result<bool> isRejected(ImportKind kind, const QString& externalId);
    // Most imports reject nothing; then no lookup needs to ask isRejected().
    bool anyRejected(ImportKind kind) const { return m_rejections[size_t(kind)] > 0; }

private:
    Status prepareAll();

    Database& m_database;
    QSqlQuery m_record;
    QSqlQuery m_firstLine;
    QSqlQuery m_reject;
    QSqlQuery m_rejected;
    std::array<qint64, 6> m_rejections{};
};

} // namespace huellas
