#pragma once

#include "DashboardPeriod.h"
#include "storage/InteractionRow.h"
#include "storage/OwnerFilter.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <limits>

namespace huellas {

// One number on the dashboard and the owners behind it: a click opens the owner list on
// exactly `filter`, which selects `owners` owners.
struct DashboardFigure
{
    QString key;       // the choice key, bucket or date the number is about
    qint64 value = 0;  // what is shown: owners, or follow-ups / interactions where said
    qint64 owners = 0; // how many owners `filter` selects (equal to value for owner counts)
    OwnerFilter filter;
};

// The lifetime-value histogram in centavos, on the engagement score's spending points:
// (…, $0], ($0, $1,000], ($1,000, $5,000], ($5,000, $10,000], ($10,000, …).
struct LifetimeValueBucket
{
    static constexpr qint64 open = std::numeric_limits<qint64>::max();
    qint64 above; // exclusive lower bound; -open: none
    qint64 upTo;  // inclusive upper bound; open: none
};
inline constexpr std::array<LifetimeValueBucket, 5> lifetimeValueBuckets{{
    {-LifetimeValueBucket::open, 0},
    {0, 1'000'00},
    {1'000'00, 5'000'00},
    {5'000'00, 10'000'00},
    {10'000'00, LifetimeValueBucket::open},
}};

struct DashboardKpis
{
    DashboardFigure owners;       // every owner
    DashboardFigure newThisMonth; // created in the calendar month of asOf (local time)
    DashboardFigure active90;     // days_since_last_visit <= 90
    DashboardFigure atRisk;       // medium or high churn risk
    DashboardFigure highRisk;
    DashboardFigure mediumRisk;
    qint64 totalLifetimeValue = 0;   // centavos, over every owner (filter: owners)
    qint64 averageLifetimeValue = 0; // centavos per owner, half-up
    // value: open follow-ups; owners: who has one (storage/FollowUpSql). Due = dated asOf or
    // earlier; undated = open with no date. Due + undated = what Pendientes lists.
    DashboardFigure followUpsDue;
    DashboardFigure followUpsToday;
    DashboardFigure followUpsOverdue;
    DashboardFigure followUpsUndated;
    DashboardFigure followUpsNeedingAttention; // due or undated: the Pendientes list

    // Active owners as a percentage of all owners (0 when there are none).
    double activePercent() const;
};

struct DashboardMonth
{
    QDate month; // its first day
    DashboardFigure newOwners;
    // High risk now, and their last visit + 181 days (the day they turned high) is in the month.
    DashboardFigure becameHighRisk;
};

struct DashboardWeek
{
    QDate weekStart; // a Monday
    // One per DashboardSnapshot::interactionTypes, same order. value: interactions of that type
    // that week; owners/filter: the owners who had one.
    QList<DashboardFigure> byType;
};

struct DashboardTopOwner
{
    qint64 ownerId = 0;
    QString name;
    QString tier;
    qint64 lifetimeValue = 0; // centavos
    QDate lastVisit;
    OwnerFilter filter; // this owner
};

// A follow-up that needs attention, as the pending list shows it, with its owner's filter.
struct DashboardFollowUp
{
    InteractionRow row;
    OwnerFilter filter; // its owner
};

// Everything the dashboard shows, read in one go (on a worker thread).
struct DashboardSnapshot
{
    static constexpr int topOwnerCount = 10;
    static constexpr int followUpLimit = 100;

    DashboardPeriod period;
    DashboardKpis kpis;
    QList<DashboardFigure> churnRisks;         // low, medium, high
    QList<DashboardFigure> tiers;              // in Choices order
    QList<DashboardFigure> acquisitionSources; // in Choices order, then "" (not recorded)
    QList<DashboardFigure> lifetimeValues;     // one per lifetimeValueBuckets
    QList<DashboardMonth> months;              // one per period month
    QStringList interactionTypes;              // those seen in the period, in Choices order
    QList<DashboardWeek> weeks;                // one per period week
    QList<DashboardTopOwner> topOwners;        // highest lifetime value first
    // kpis.followUpsNeedingAttention's follow-ups, in Pendientes order, up to followUpLimit.
    QList<DashboardFollowUp> followUps;
};

} // namespace huellas

Q_DECLARE_METATYPE(huellas::DashboardSnapshot)
