#pragma once

#include "storage/dashboard/DashboardData.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace huellas {

class FollowUpListModel;
class FollowUpTableView;

// "Seguimientos pendientes": the same follow-ups, in the same groups, as the desk's Pendientes
// panel (overdue, due today, without a date), with "Marcar hecho" for the selected one. Enter
// or a double-click opens the owner; "Ver clientes" opens every owner who has one.
class PendingFollowUpsTable final : public QWidget
{
    Q_OBJECT

public:
    explicit PendingFollowUpsTable(QWidget* parent = nullptr);

    // `kpis` count them all and tell whose they are; `followUps` are the first of them.
    void setFollowUps(const DashboardKpis& kpis, const QList<DashboardFollowUp>& followUps,
                      const QDate& asOf);
    FollowUpListModel* model() const { return m_model; }
    FollowUpTableView* table() const { return m_table; }
    qint64 selectedInteraction() const;

signals:
    void drillDown(const huellas::OwnerFilter& filter, const QString& label);
    void markDoneRequested(qint64 interactionId);

private:
    void updateButtons();

    FollowUpListModel* m_model;
    FollowUpTableView* m_table;
    QLabel* m_title;
    QPushButton* m_markDone;
    QPushButton* m_showOwners;
    DashboardFigure m_listed;
    QHash<qint64, OwnerFilter> m_ownerFilters; // interaction id → its owner

};

} // namespace huellas
