#pragma once

#include "storage/dashboard/DashboardData.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace huellas {

class PendingFollowUpsModel;

// The open follow-ups, oldest first, with "Marcar hecho" for the selected one. Enter or a
// double-click opens the owner; "Ver clientes" opens every owner with an open follow-up.
class PendingFollowUpsTable final : public QWidget
{
    Q_OBJECT

public:
    explicit PendingFollowUpsTable(QWidget* parent = nullptr);

    void setFollowUps(const DashboardFigure& open, const QList<DashboardFollowUp>& followUps,
                      const QDate& asOf);
    PendingFollowUpsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    qint64 selectedInteraction() const;

signals:
    void drillDown(const huellas::OwnerFilter& filter, const QString& label);
    void markDoneRequested(qint64 interactionId);

private:
    void updateButtons();

    PendingFollowUpsModel* m_model;
    QTableView* m_table;
    QLabel* m_title;
    QPushButton* m_markDone;
    QPushButton* m_showOwners;
    DashboardFigure m_open;
};

} // namespace huellas
