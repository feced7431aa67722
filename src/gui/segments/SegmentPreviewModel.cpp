#include "SegmentPreviewModel.h"

#include "core/Choices.h"
#include "core/Money.h"
#include "core/PhoneNumbers.h"

namespace huellas {

void SegmentPreviewModel::setMembers(const QList<SegmentPreviewRow>& members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

qint64 SegmentPreviewModel::ownerAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_members.size() ? m_members.at(index.row()).ownerId
                                                             : 0;
}

int SegmentPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int SegmentPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentPreviewRow& member = m_members.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return member.name;
        case Phone:
            return PhoneNumbers::display(member.phone);
        case Tier:
            return choiceLabel(ChoiceList::Tier, member.tier);
        case LifetimeValue:
            return Money::format(member.lifetimeValue);
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Name:
            return member.name;
        case Phone:
            return member.phone;
        case Tier:
            return member.tier;
        case LifetimeValue:
            return member.lifetimeValue;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LifetimeValue)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SegmentPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Tier:
        return tr("Tier");
    case LifetimeValue:
        return tr("Lifetime value");
    }
    return {};
}

} // namespace huellas
