#pragma once

#include "storage/InteractionCriteria.h"
#include "storage/InteractionRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace huellas {

class Database;

// The interaction log over the database, newest first: it knows the row count and reads a
// page at a time as the view asks, like OwnerListModel. Filtering happens in SQL.
class InteractionLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        OwnerName,
        Type,
        Direction,
        Subject,
        Sentiment,
        HandledBy,
        FollowUp,
        ColumnCount
    };
    static constexpr int InteractionIdRole = Qt::UserRole + 1;
    static constexpr int OwnerIdRole = Qt::UserRole + 2;
    static constexpr int pageSize = 256;

    explicit InteractionLogModel(Database& database, QObject* parent = nullptr);

    void setCriteria(const InteractionCriteria& criteria);
    const InteractionCriteria& criteria() const { return m_criteria; }
    // Re-reads the count and drops cached pages; also moves "today" on after midnight.
    void reload();
    qint64 interactionAt(const QModelIndex& index) const;
    int rowOf(qint64 interactionId) const; // among loaded pages; -1 when not found
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const InteractionRow* rowAt(int row) const;
    QVariant display(const InteractionRow& row, int column) const;
    QVariant raw(const InteractionRow& row, int column) const;

    Database& m_database;
    InteractionCriteria m_criteria;
    QDate m_today;
    int m_rowCount = 0;
    mutable QHash<int, QList<InteractionRow>> m_pages; // page number → rows
    mutable QString m_lastError;
};

} // namespace huellas
