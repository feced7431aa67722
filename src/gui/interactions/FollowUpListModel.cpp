#include "FollowUpListModel.h"

#include "InteractionFormat.h"
#include "core/Choices.h"
#include "core/PhoneNumbers.h"
#include "storage/InteractionQueries.h"

namespace huellas {

FollowUpListModel::FollowUpListModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_database(database)
{
}

void FollowUpListModel::reload(const QDate& today)
{
    beginResetModel();
    m_today = today;
    auto rows = InteractionQueries::followUpsDue(m_database, today);
    m_lastError = rows ? QString() : rows.error();
    m_rows = rows ? *rows : QList<InteractionRow>();
    endResetModel();
}

qint64 FollowUpListModel::interactionAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()).id : 0;
}

int FollowUpListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpListModel::display(const InteractionRow& row, int column) const
{
    switch (column) {
    case Due:
        return InteractionFormat::followUp(row, m_today);
    case OwnerName:
        return row.ownerName;
    case Phone:
        return PhoneNumbers::display(row.ownerPhone);
    case Type:
        return choiceLabel(ChoiceList::InteractionType, row.interactionType);
    case Subject:
        return row.subject;
    case HandledBy:
        return row.staffName;
    default:
        return {};
    }
}

QVariant FollowUpListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InteractionRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::UserRole:
        return index.column() == Due ? QVariant(row.followUpDate) : display(row, index.column());
    case InteractionIdRole:
        return row.id;
    case OwnerIdRole:
        return row.ownerId;
    case Qt::ToolTipRole:
        return row.summary.isEmpty() ? QVariant() : QVariant(row.summary);
    case Qt::BackgroundRole:
        return row.isOverdue(m_today) ? QVariant(InteractionFormat::overdueTint()) : QVariant();
    case Qt::ForegroundRole:
        if (!row.isOverdue(m_today))
            return {};
        // Dark text on the light tint, whatever the desktop theme's text colour is.
        return index.column() == Due ? InteractionFormat::followUpColor(row, m_today)
                                     : QColor(0x21, 0x21, 0x21);
    default:
        return {};
    }
}

QVariant FollowUpListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case OwnerName:
        return tr("Owner");
    case Phone:
        return tr("Phone");
    case Type:
        return tr("Type");
    case Subject:
        return tr("Subject");
    case HandledBy:
        return tr("Handled by");
    default:
        return {};
    }
}

} // namespace huellas
