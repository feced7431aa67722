#pragma once

#include "storage/dashboard/DashboardData.h"

#include <QAbstractTableModel>

namespace huellas {

// "Top 10 clientes por valor de vida": the snapshot's few rows, held whole.
class TopOwnersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Tier,
        LifetimeValue,
        LastVisit,
        ColumnCount
    };

    explicit TopOwnersModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setOwners(const QList<DashboardTopOwner>& owners);
    const DashboardTopOwner* ownerAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DashboardTopOwner> m_owners;
};

} // namespace huellas
