#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace huellas {

// DOMAIN.md "Derived metrics", as plain functions. The storage layer computes the same numbers
// set-based in SQL; tests hold the two against each other.
namespace Metrics {

// > 180 days high, > 90 medium, otherwise low; never visited stays low; 0 days is low.
QString churnRiskFor(std::optional<int> daysSinceLastVisit);

struct EngagementBreakdown
{
    int visits = 0;       // min(3 * visits, 30)
    int recency = 0;      // < 30 days 30, < 90 20, < 180 10, never 0
    int spending = 0;     // LTV > 10,000 20, > 5,000 15, > 1,000 10 (pesos, strict)
    int interactions = 0; // min(count, 20)
    int total() const { return visits + recency + spending + interactions; }
};

EngagementBreakdown engagementFor(int totalVisits, std::optional<int> daysSinceLastVisit,
                                  qint64 lifetimeValueCentavos, int interactionCount);

// lifetime value / number of paid orders and invoices, half-up to the centavo; 0 with none.
qint64 averageOrderValue(qint64 lifetimeValueCentavos, int paidCount);

// The raw activity of one owner, in local calendar dates.
struct OwnerActivity
{
    QList<QDate> completedAppointmentDates;
    QList<QDate> visitInteractionDates;
    QList<QDate> otherInteractionDates;
    QList<std::pair<QDate, qint64>> paidOrdersAndInvoices;
    int referralsMade = 0;
};

struct OwnerMetrics
{
    int totalVisits = 0;
    QDate firstVisitDate;
    QDate lastVisitDate;
    std::optional<int> daysSinceLastVisit;
    qint64 lifetimeValue = 0;
    qint64 averageOrderValue = 0;
    QString churnRisk;
    int engagementScore = 0;
    QDate lastEngagementDate;
    int referralsMade = 0;
};

OwnerMetrics compute(const OwnerActivity& activity, const QDate& today);

} // namespace Metrics
} // namespace huellas
