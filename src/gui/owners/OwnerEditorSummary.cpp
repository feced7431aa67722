#include "OwnerEditorSummary.h"

#include "core/Choices.h"
#include "core/Metrics.h"
#include "core/Money.h"

#include <QCoreApplication>

namespace huellas::OwnerEditorSummary {
namespace {

// Lets lupdate file OwnerEditorSummaryText::tr("…") under the context used at run time.
class OwnerEditorSummaryText final
{
    Q_DECLARE_TR_FUNCTIONS(OwnerEditorSummary)
};

} // namespace

QString header(const Owner& owner)
{
    const QString name = owner.displayName().isEmpty() ? OwnerEditorSummaryText::tr("New owner")
                                                       : owner.displayName();
    if (owner.id == 0)
        return name;
    const QString risk =
        owner.metrics.churnRisk.isEmpty() ? QStringLiteral("low") : owner.metrics.churnRisk;
    return OwnerEditorSummaryText::tr("%1 · %2 · %3 risk")
        .arg(name, choiceLabel(ChoiceList::Tier, owner.tier),
             choiceLabel(ChoiceList::ChurnRisk, risk));
}

QString engagement(const Owner& owner, int interactionCount)
{
    const Metrics::OwnerMetrics& m = owner.metrics;
    const Metrics::EngagementBreakdown parts = Metrics::engagementFor(
        m.totalVisits, m.daysSinceLastVisit, m.lifetimeValue, interactionCount);
    return OwnerEditorSummaryText::tr(
               "Engagement %1 = visits %2 + recency %3 + spending %4 + interactions %5")
        .arg(parts.total())
        .arg(parts.visits)
        .arg(parts.recency)
        .arg(parts.spending)
        .arg(parts.interactions);
}

QString spending(const Owner& owner)
{
    const Metrics::OwnerMetrics& m = owner.metrics;
    const QString firstVisit =
        m.firstVisitDate.isValid()
            ? OwnerEditorSummaryText::tr("first %1")
                  .arg(m.firstVisitDate.toString(QStringLiteral("dd/MM/yyyy")))
            : OwnerEditorSummaryText::tr("no visits yet");
    return OwnerEditorSummaryText::tr("Lifetime value %1 · Average order %2 · %n visit(s) · %3",
                                      nullptr, m.totalVisits)
        .arg(Money::format(m.lifetimeValue), Money::format(m.averageOrderValue), firstVisit);
}

QString referrals(const Owner& owner, const QString& referrerName)
{
    return OwnerEditorSummaryText::tr("Referred %n owner(s) · Referred by: %1", nullptr,
                                      owner.metrics.referralsMade)
        .arg(referrerName.isEmpty() ? QStringLiteral("—") : referrerName);
}

} // namespace huellas::OwnerEditorSummary
