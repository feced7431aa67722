#include "Metrics.h"

#include <QSet>

#include <algorithm>

namespace huellas::Metrics {

QString churnRiskFor(std::optional<int> days)
{
    if (days && *days > 180)
        return QStringLiteral("high");
    if (days && *days > 90)
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

EngagementBreakdown engagementFor(int totalVisits, std::optional<int> days, qint64 ltv,
                                  int interactionCount)
{
    EngagementBreakdown b;
    b.visits = std::min(3 * totalVisits, 30);
    if (days) {
        // The seed skipped 0 days (falsy in Python); a visit today is the most recent there is.
        if (*days < 30)
            b.recency = 30;
        else if (*days < 90)
            b.recency = 20;
        else if (*days < 180)
            b.recency = 10;
    }
    if (ltv > 10'000'00)
        b.spending = 20;
    else if (ltv > 5'000'00)
        b.spending = 15;
    else if (ltv > 1'000'00)
        b.spending = 10;
    b.interactions = std::min(interactionCount, 20);
    return b;
}

qint64 averageOrderValue(qint64 ltv, int paidCount)
{
    if (paidCount <= 0)
        return 0;
    const qint64 twice = 2 * ltv;
    // floor((2*ltv + n) / (2*n)) is ltv/n rounded half-up for non-negative ltv.
    return (twice + paidCount) / (2 * qint64(paidCount));
}

OwnerMetrics compute(const OwnerActivity& a, const QDate& today)
{
    OwnerMetrics m;
    QSet<QDate> visitDays;
    for (const QDate& d : a.completedAppointmentDates)
        visitDays.insert(d);
    for (const QDate& d : a.visitInteractionDates)
        visitDays.insert(d);
    m.totalVisits = int(visitDays.size());
    if (!visitDays.isEmpty()) {
        m.firstVisitDate = *std::min_element(visitDays.cbegin(), visitDays.cend());
        m.lastVisitDate = *std::max_element(visitDays.cbegin(), visitDays.cend());
        m.daysSinceLastVisit = int(m.lastVisitDate.daysTo(today));
    }
    QDate lastPaid;
    for (const auto& [date, total] : a.paidOrdersAndInvoices) {
        m.lifetimeValue += total;
        lastPaid = std::max(lastPaid, date);
    }
    m.averageOrderValue = averageOrderValue(m.lifetimeValue, int(a.paidOrdersAndInvoices.size()));
    m.churnRisk = churnRiskFor(m.daysSinceLastVisit);
    const int interactions =
        int(a.visitInteractionDates.size() + a.otherInteractionDates.size());
    m.engagementScore =
        engagementFor(m.totalVisits, m.daysSinceLastVisit, m.lifetimeValue, interactions).total();
    QDate lastInteraction;
    for (const QDate& d : a.visitInteractionDates + a.otherInteractionDates)
        lastInteraction = std::max(lastInteraction, d);
    m.lastEngagementDate = std::max({m.lastVisitDate, lastInteraction, lastPaid});
    m.referralsMade = a.referralsMade;
    return m;
}

} // namespace huellas::Metrics
