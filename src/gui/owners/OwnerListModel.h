#pragma once

#include "storage/OwnerFilter.h"
#include "storage/OwnerListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace huellas {

class Database;

// The owners list over the database: it knows the row count and reads rows a page at a time
// as the view asks for them, so 100,000 owners never sit in memory at once. Sorting and
// filtering happen in SQL.
class OwnerListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Phone, Tier, ChurnRisk, Engagement, LifetimeValue, LastVisit, Tags, ColumnCount };
    static constexpr int OwnerIdRole = Qt::UserRole + 1;
    static constexpr int pageSize = 256;

    explicit OwnerListModel(Database& database, QObject* parent = nullptr);

    void setFilter(const OwnerFilter& filter);
    void reload();
    qint64 ownerAt(const QModelIndex& index) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const OwnerListRow* rowAt(int row) const;
    QVariant raw(const OwnerListRow& row, int column) const;

    Database& m_database;
    OwnerFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    mutable QHash<int, QList<OwnerListRow>> m_pages; // page number → rows
    mutable QString m_lastError;
};

} // namespace huellas
