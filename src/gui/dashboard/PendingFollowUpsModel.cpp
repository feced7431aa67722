#include "PendingFollowUpsModel.h"

#include "DashboardLabels.h"

#include <QColor>

namespace huellas {

void PendingFollowUpsModel::setFollowUps(const QList<DashboardFollowUp>& followUps,
                                         const QDate& asOf)
{
    beginResetModel();
    m_followUps = followUps;
    m_asOf = asOf;
    endResetModel();
}

const DashboardFollowUp* PendingFollowUpsModel::followUpAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_followUps.size() ? &m_followUps.at(index.row())
                                                               : nullptr;
}

int PendingFollowUpsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_followUps.size());
}

int PendingFollowUpsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingFollowUpsModel::display(const DashboardFollowUp& item, int column) const
{
    switch (column) {
    case Due:
        return item.date.isValid() ? DashboardLabels::date(item.date) : tr("No date");
    case Owner:
        return item.ownerName;
    case Type:
        return DashboardLabels::interactionType(item.interactionType);
    case Subject:
        return item.subject;
    case HandledBy:
        return item.handledBy;
    }
    return {};
}

QVariant PendingFollowUpsModel::data(const QModelIndex& index, int role) const
{
    const DashboardFollowUp* item = followUpAt(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*item, index.column());
    case Qt::UserRole:
        return index.column() == Due ? QVariant(item->date) : display(*item, index.column());
    case InteractionIdRole:
        return item->interactionId;
    case Qt::ForegroundRole:
        return item->isOverdue(m_asOf) && index.column() == Due ? QVariant(QColor(0xc6, 0x28, 0x28))
                                                                : QVariant();
    case Qt::ToolTipRole:
        return item->isOverdue(m_asOf) ? tr("Overdue") : QVariant();
    }
    return {};
}

QVariant PendingFollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Date");
    case Owner:
        return tr("Owner");
    case Type:
        return tr("Type");
    case Subject:
        return tr("Subject");
    case HandledBy:
        return tr("Handled by");
    }
    return {};
}

} // namespace huellas
