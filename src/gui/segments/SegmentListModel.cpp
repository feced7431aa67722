#include "SegmentListModel.h"

#include "core/LocalTime.h"

#include <QLocale>

namespace huellas {

void SegmentListModel::setSegments(const QList<Segment>& segments)
{
    beginResetModel();
    m_segments = segments;
    endResetModel();
}

const Segment* SegmentListModel::segmentAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_segments.size())
        return nullptr;
    return &m_segments.at(index.row());
}

QModelIndex SegmentListModel::indexOf(qint64 segmentId) const
{
    for (qsizetype row = 0; row < m_segments.size(); ++row)
        if (m_segments.at(row).id == segmentId)
            return index(int(row), Name);
    return {};
}

int SegmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Segment& segment = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(segment, index.column());
    case Qt::UserRole:
        return raw(segment, index.column());
    case SegmentIdRole:
        return segment.id;
    case Qt::ToolTipRole:
        return index.column() == Name && !segment.description.isEmpty() ? segment.description
                                                                        : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Members ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant SegmentListModel::display(const Segment& segment, int column) const
{
    switch (column) {
    case Name:
        return segment.name;
    case Members:
        return QLocale().toString(segment.memberCount);
    case CountedAt:
        return segment.lastUpdated.isValid() ? LocalTime::toLocal(segment.lastUpdated)
                                                   .toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                             : tr("never");
    case Active:
        return segment.isActive ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant SegmentListModel::raw(const Segment& segment, int column) const
{
    switch (column) {
    case Name:
        return segment.name;
    case Members:
        return segment.memberCount;
    case CountedAt:
        return segment.lastUpdated;
    case Active:
        return segment.isActive;
    }
    return {};
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Members:
        return tr("Members");
    case CountedAt:
        return tr("Counted at");
    case Active:
        return tr("Active");
    }
    return {};
}

} // namespace huellas
