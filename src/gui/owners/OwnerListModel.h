#pragma once

#include "storage/OwnerFilter.h"

#include <QSqlQueryModel>

namespace huellas {

// The owners list: a lazily fetched query (QSqlQueryModel reads rows as the view scrolls, so
// 100,000 owners never sit in memory at once). Sorting happens in SQL.
class OwnerListModel final : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column { Name, Phone, Tier, ChurnRisk, Engagement, LifetimeValue, LastVisit, Tags, ColumnCount };
    static constexpr int OwnerIdRole = Qt::UserRole + 1;

    OwnerListModel(const QSqlDatabase& database, QObject* parent = nullptr);

    void setFilter(const OwnerFilter& filter);
    void reload();
    qint64 ownerAt(const QModelIndex& index) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QSqlDatabase m_database;
    OwnerFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace huellas
