#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace huellas {

class Database;

// The prepared INSERT and UPDATE … WHERE id of one table, reused for every row of an import
// (preparing per row would dominate a 100,000-row import). Table and column names come from
// code — RecordColumns' allow-list — and every value is bound.
//
// An update leaves a row that would not change alone: re-importing the same file rewrites no
// row and no index entry, and updated_at keeps meaning "last changed".
class UpsertStatement final
{
    Q_DISABLE_COPY_MOVE(UpsertStatement)

public:
    // `whenLeftEmpty`: columns a file may leave empty (bound as NULL). An insert takes the
    // given default; an update keeps the stored value (a created_at the file does not carry
    // must not turn into "now" on every re-import).
    // `onlyWithChanges`: columns such as updated_at that do not make a change by themselves.
    UpsertStatement(Database& database, QString table, QStringList columns,
                    QVariantMap whenLeftEmpty = {}, QStringList onlyWithChanges = {});

    Result<qint64> insert(const QVariantMap& values);
    // True when the row changed.
    Result<bool> update(qint64 id, const QVariantMap& values);

private:
    Status prepare();
    QVariantList inColumnOrder(const QVariantMap& values, bool inserting) const;

    QString m_table;
    QStringList m_columns;
    QVariantMap m_whenLeftEmpty;
    QList<int> m_compared; // indexes into m_columns
    QSqlQuery m_insert;
    QSqlQuery m_update;
    bool m_prepared = false;
};

} // namespace huellas
