#include "FollowUpListModel.h"

#include "InteractionFormat.h"
#include "core/Choices.h"
#include "core/PhoneNumbers.h"

#include <QFont>

#include <algorithm>

namespace huellas {
namespace {

// The order of the groups: what is late first, what has no date after what is due.
constexpr FollowUpStatus groupOrder[] = {FollowUpStatus::Overdue, FollowUpStatus::DueToday,
                                         FollowUpStatus::Undated, FollowUpStatus::Upcoming,
                                         FollowUpStatus::Done};

QString groupTitle(FollowUpStatus group)
{
    switch (group) {
    case FollowUpStatus::Overdue:
        return FollowUpListModel::tr("Overdue");
    case FollowUpStatus::DueToday:
        return FollowUpListModel::tr("Due today");
    case FollowUpStatus::Undated:
        return InteractionFormat::noDate();
    case FollowUpStatus::Upcoming:
        return FollowUpListModel::tr("Upcoming");
    case FollowUpStatus::Done:
        return FollowUpListModel::tr("Done");
    case FollowUpStatus::None:
        break;
    }
    return {};
}

} // namespace

void FollowUpListModel::setFollowUps(const QList<InteractionRow>& followUps, const QDate& today,
                                     const std::optional<InteractionQueries::FollowUpCounts>& counts)
{
    beginResetModel();
    m_today = today;
    m_counts = counts;
    m_followUps.clear();
    m_lines.clear();
    for (const FollowUpStatus group : groupOrder) {
        bool headed = false;
        for (const InteractionRow& row : followUps) {
            if (row.followUpStatus(today) != group)
                continue;
            if (!headed) {
                m_lines << Line{group};
                headed = true;
            }
            m_lines << Line{group, int(m_followUps.size())};
            m_followUps << row;
        }
    }
    endResetModel();
}

int FollowUpListModel::countIn(FollowUpStatus group) const
{
    if (m_counts && needsAttention(group))
        return m_counts->in(group);
    return int(std::count_if(m_followUps.cbegin(), m_followUps.cend(), [&](const auto& row) {
        return row.followUpStatus(m_today) == group;
    }));
}

bool FollowUpListModel::isGroupHeader(int row) const
{
    return row >= 0 && row < m_lines.size() && m_lines.at(row).followUp < 0;
}

const InteractionRow* FollowUpListModel::followUpAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return nullptr;
    const int item = m_lines.at(index.row()).followUp;
    return item < 0 ? nullptr : &m_followUps.at(item);
}

qint64 FollowUpListModel::interactionAt(const QModelIndex& index) const
{
    const InteractionRow* row = followUpAt(index);
    return row ? row->id : 0;
}

int FollowUpListModel::rowOf(qint64 interactionId) const
{
    for (int r = 0; r < m_lines.size(); ++r)
        if (const int item = m_lines.at(r).followUp; item >= 0 && m_followUps.at(item).id == interactionId)
            return r;
    return -1;
}

int FollowUpListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int FollowUpListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags FollowUpListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || isGroupHeader(index.row()))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
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

QVariant FollowUpListModel::headerLine(const Line& line, const QModelIndex& index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0
                   ? QVariant(tr("%1 · %2").arg(groupTitle(line.group)).arg(countIn(line.group)))
                   : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ForegroundRole:
        // A header is not selectable, so a style would grey it out: keep it readable.
        return line.group == FollowUpStatus::Overdue ? QVariant(InteractionFormat::overdueColor())
                                                     : QVariant(QColor(0x21, 0x21, 0x21));
    case GroupRole:
        return int(line.group);
    default:
        return {};
    }
}

QVariant FollowUpListModel::followUpLine(const InteractionRow& row, const QModelIndex& index,
                                         int role) const
{
    const bool overdue = row.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::UserRole:
        return index.column() == Due ? QVariant(row.followUpDate) : display(row, index.column());
    case InteractionIdRole:
        return row.id;
    case OwnerIdRole:
        return row.ownerId;
    case GroupRole:
        return int(row.followUpStatus(m_today));
    case Qt::ToolTipRole:
        return row.summary.isEmpty() ? QVariant() : QVariant(row.summary);
    case Qt::BackgroundRole:
        return overdue ? QVariant(InteractionFormat::overdueTint()) : QVariant();
    case Qt::ForegroundRole:
        if (!overdue)
            return {};
        // Dark text on the light tint, whatever the desktop theme's text colour is.
        return index.column() == Due ? InteractionFormat::followUpColor(row, m_today)
                                     : QColor(0x21, 0x21, 0x21);
    default:
        return {};
    }
}

QVariant FollowUpListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines.at(index.row());
    return line.followUp < 0 ? headerLine(line, index, role)
                             : followUpLine(m_followUps.at(line.followUp), index, role);
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
