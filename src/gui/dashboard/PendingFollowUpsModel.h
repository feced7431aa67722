#pragma once

#include "storage/dashboard/DashboardData.h"

#include <QAbstractTableModel>
#include <QDate>

namespace huellas {

// "Seguimientos pendientes": the open follow-ups of the snapshot, oldest date first; overdue
// ones are tinted.
class PendingFollowUpsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Due,
        Owner,
        Type,
        Subject,
        HandledBy,
        ColumnCount
    };
    static constexpr int InteractionIdRole = Qt::UserRole + 1;

    explicit PendingFollowUpsModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setFollowUps(const QList<DashboardFollowUp>& followUps, const QDate& asOf);
    const DashboardFollowUp* followUpAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DashboardFollowUp& item, int column) const;

    QList<DashboardFollowUp> m_followUps;
    QDate m_asOf;
};

} // namespace huellas
