#pragma once

#include "gui/common/PagedTableModel.h"
#include "storage/OwnerListQuery.h"

namespace huellas {

class Database;

// The owners list over the database, read off the UI thread a page at a time as the view
// asks (PagedTableModel), so a million owners never sit in memory and a keystroke never
// freezes the window. Sorting and filtering happen in SQL (OwnerListQuery).
class OwnerListModel final : public PagedRowsModel<OwnerListRow>
{
    Q_OBJECT

public:
    enum Column { Name, Phone, Tier, ChurnRisk, Engagement, LifetimeValue, LastVisit, Tags, ColumnCount };
    static constexpr int OwnerIdRole = Qt::UserRole + 1;

    explicit OwnerListModel(Database& database, QObject* parent = nullptr);

    void setCriteria(const OwnerListCriteria& criteria);
    void reload();
    // 0 while the row's page is on its way.
    qint64 ownerAt(const QModelIndex& index) const;
    // Among the rows in memory; -1 when not there.
    int rowOf(qint64 ownerId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant raw(const OwnerListRow& row, int column) const;

    OwnerListCriteria m_criteria;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace huellas
