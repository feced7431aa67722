#pragma once

#include "core/rules/Segment.h"

#include <QAbstractTableModel>
#include <QList>

namespace huellas {

// The saved segments as the Segmentos section lists them. Segments are few (tens), so the
// whole list is held; the counts are the cached ones, recounted on demand.
class SegmentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Members,
        CountedAt,
        Active,
        ColumnCount
    };
    static constexpr int SegmentIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setSegments(const QList<Segment>& segments);
    const Segment* segmentAt(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 segmentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Segment& segment, int column) const;
    QVariant raw(const Segment& segment, int column) const;

    QList<Segment> m_segments;
};

} // namespace huellas
