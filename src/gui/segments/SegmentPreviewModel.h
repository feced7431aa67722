#pragma once

#include "storage/segments/SegmentFormData.h"

#include <QAbstractTableModel>

namespace huellas {

// The builder's sample of members: the first few owners the rules select, as read by
// SegmentFormData::preview on the loader's thread.
class SegmentPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phone,
        Tier,
        LifetimeValue,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setMembers(const QList<SegmentPreviewRow>& members);
    qint64 ownerAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SegmentPreviewRow> m_members;
};

} // namespace huellas
