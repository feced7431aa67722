#include "InteractionLogModel.h"

#include "InteractionFormat.h"
#include "core/Choices.h"
#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/InteractionQueries.h"

namespace huellas {

InteractionLogModel::InteractionLogModel(Database& database, QObject* parent)
    : PagedRowsModel(database.spec(), parent)
{
    reload();
}

void InteractionLogModel::setCriteria(const InteractionCriteria& criteria)
{
    m_criteria = criteria;
    reload();
}

void InteractionLogModel::reload()
{
    m_today = LocalTime::today();
    PagedRowsModel::reload(
        [criteria = m_criteria, today = m_today](Database& database) {
            return InteractionQueries::count(database, criteria, today);
        },
        [criteria = m_criteria, today = m_today](Database& database, int offset, int limit) {
            return InteractionQueries::rows(database, criteria, offset, limit, today);
        });
}

qint64 InteractionLogModel::interactionAt(const QModelIndex& index) const
{
    const InteractionRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    return row ? row->id : 0;
}

int InteractionLogModel::rowOf(qint64 interactionId) const
{
    return loadedRowWhere([interactionId](const InteractionRow& row) { return row.id == interactionId; });
}

int InteractionLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InteractionLogModel::raw(const InteractionRow& row, int column) const
{
    switch (column) {
    case When:
        return row.createdAt;
    case OwnerName:
        return row.ownerName;
    case Type:
        return row.interactionType;
    case Direction:
        return row.direction;
    case Subject:
        return row.subject;
    case Sentiment:
        return row.sentiment;
    case HandledBy:
        return row.staffName;
    case FollowUp:
        return row.requiresFollowUp ? QVariant(row.followUpDate) : QVariant();
    default:
        return {};
    }
}

QVariant InteractionLogModel::display(const InteractionRow& row, int column) const
{
    switch (column) {
    case When:
        return InteractionFormat::localDateTime(row.createdAt);
    case Type:
        return choiceLabel(ChoiceList::InteractionType, row.interactionType);
    case Direction:
        return choiceLabel(ChoiceList::Direction, row.direction);
    case Sentiment:
        return row.sentiment.isEmpty() ? QString()
                                       : choiceLabel(ChoiceList::Sentiment, row.sentiment);
    case FollowUp:
        return InteractionFormat::followUp(row, m_today);
    default:
        return raw(row, column);
    }
}

QVariant InteractionLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InteractionRow* row = rowAt(index.row());
    if (!row)
        return placeholder(index, role);
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::UserRole:
        return raw(*row, index.column());
    case InteractionIdRole:
        return row->id;
    case OwnerIdRole:
        return row->ownerId;
    case Qt::ToolTipRole:
        return index.column() == Subject && !row->summary.isEmpty() ? QVariant(row->summary)
                                                                    : QVariant();
    case Qt::ForegroundRole: {
        QColor color;
        if (index.column() == FollowUp)
            color = InteractionFormat::followUpColor(*row, m_today);
        else if (index.column() == Sentiment)
            color = InteractionFormat::sentimentColor(row->sentiment);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    default:
        return {};
    }
}

QVariant InteractionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Date");
    case OwnerName:
        return tr("Owner");
    case Type:
        return tr("Type");
    case Direction:
        return tr("Direction");
    case Subject:
        return tr("Subject");
    case Sentiment:
        return tr("Sentiment");
    case HandledBy:
        return tr("Handled by");
    case FollowUp:
        return tr("Follow-up");
    default:
        return {};
    }
}

} // namespace huellas
