#include "TopOwnersModel.h"

#include "DashboardLabels.h"

namespace huellas {

void TopOwnersModel::setOwners(const QList<DashboardTopOwner>& owners)
{
    beginResetModel();
    m_owners = owners;
    endResetModel();
}

const DashboardTopOwner* TopOwnersModel::ownerAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_owners.size() ? &m_owners.at(index.row()) : nullptr;
}

int TopOwnersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_owners.size());
}

int TopOwnersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopOwnersModel::data(const QModelIndex& index, int role) const
{
    const DashboardTopOwner* owner = ownerAt(index);
    if (!owner)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == LifetimeValue)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Name:
            return owner->name;
        case Tier:
            return owner->tier;
        case LifetimeValue:
            return owner->lifetimeValue;
        case LastVisit:
            return owner->lastVisit;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return owner->name;
    case Tier:
        return DashboardLabels::tier(owner->tier);
    case LifetimeValue:
        return DashboardLabels::money(owner->lifetimeValue);
    case LastVisit:
        return owner->lastVisit.isValid() ? DashboardLabels::date(owner->lastVisit) : tr("Never");
    }
    return {};
}

QVariant TopOwnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Owner");
    case Tier:
        return tr("Tier");
    case LifetimeValue:
        return tr("Lifetime value");
    case LastVisit:
        return tr("Last visit");
    }
    return {};
}

} // namespace huellas
