#pragma once

#include "storage/OwnerFilter.h"

#include <QWidget>

namespace huellas {

class KpiCard;
struct DashboardKpis;

// The row of KPI cards across the top: owners, active, at risk, lifetime value, follow-ups.
class KpiCardsRow final : public QWidget
{
    Q_OBJECT

public:
    explicit KpiCardsRow(QWidget* parent = nullptr);

    void setKpis(const DashboardKpis& kpis, const QDate& asOf);

signals:
    void drillDown(const huellas::OwnerFilter& filter, const QString& label);

private:
    KpiCard* addCard(const char* objectName, const QString& title);

    KpiCard* m_owners;
    KpiCard* m_active;
    KpiCard* m_risk;
    KpiCard* m_lifetimeValue;
    KpiCard* m_followUps;
};

} // namespace huellas
