#include "MetricsRefresher.h"

#include "Database.h"
#include "MetricsDateSql.h"
#include "Sql.h"
#include "Transaction.h"
#include "core/LocalTime.h"

#include <QStringList>

#include <algorithm>

namespace huellas {
namespace {

// The churn risk and the recency points of a days-since expression: the steps of
// core/Metrics.cpp. NULL days (never visited) are low risk and no points.
QString churnRisk(const QString& days)
{
    return QStringLiteral("CASE WHEN %1 > 180 THEN 'high' WHEN %1 > 90 THEN 'medium' ELSE 'low' END").arg(days);
}

QString recencyPoints(const QString& days)
{
    return QStringLiteral("CASE WHEN %1 IS NULL THEN 0 WHEN %1 < 30 THEN 30 WHEN %1 < 90 THEN 20 "
                          "WHEN %1 < 180 THEN 10 ELSE 0 END")
        .arg(days);
}

// The days since a visit at which one of the two above changes: the first day of each step.
constexpr int stepDays[] = {30, 90, 91, 180, 181};

// One statement for every owner in scope. The formulas mirror core/Metrics.cpp; the tests
// hold the two against each other on the same data.
QString refreshSql(const SqlDialect& d, bool oneOwner)
{
    const QString scope = oneOwner ? QStringLiteral(" AND owner_id = :owner") : QString();
    const QString ownerScope = oneOwner ? QStringLiteral(" AND o.id = :owner") : QString();
    const QString referrerScope = oneOwner ? QStringLiteral(" AND referred_by = :owner") : QString();
    const QString days = d.daysBetween(QStringLiteral("v.last_d"), QStringLiteral(":today"));
    const QString lastEngagement = d.latestDate(
        {QStringLiteral("f.last_visit"), QStringLiteral("f.last_contact"), QStringLiteral("f.last_paid")});
    return QStringLiteral(R"(
WITH visit_days AS (
    SELECT owner_id, %1 AS d FROM appointments WHERE status = 'completed'%3
    UNION
    SELECT owner_id, %2 FROM interactions WHERE interaction_type = 'visit'%3
), visits AS (
    SELECT owner_id, count(*) AS n, min(d) AS first_d, max(d) AS last_d
    FROM visit_days GROUP BY owner_id
), paid AS (
    SELECT owner_id, total, %4 AS d FROM orders WHERE payment_status = 'paid'%3
    UNION ALL
    SELECT owner_id, total, %5 FROM invoices WHERE status = 'paid'%3
), spending AS (
    SELECT owner_id, CAST(sum(total) AS BIGINT) AS ltv, count(*) AS n, max(d) AS last_d
    FROM paid GROUP BY owner_id
), contacts AS (
    SELECT owner_id, count(*) AS n, max(%2) AS last_d
    FROM interactions WHERE 1 = 1%3 GROUP BY owner_id
), referrals AS (
    SELECT referred_by AS owner_id, count(*) AS n
    FROM owners WHERE referred_by IS NOT NULL%7 GROUP BY referred_by
), f AS (
    SELECT o.id,
           coalesce(v.n, 0) AS visits, v.first_d AS first_visit, v.last_d AS last_visit,
           %6 AS days,
           coalesce(s.ltv, 0) AS ltv, coalesce(s.n, 0) AS paid_n, s.last_d AS last_paid,
           coalesce(c.n, 0) AS contacts, c.last_d AS last_contact,
           coalesce(r.n, 0) AS referrals
    FROM owners o
    LEFT JOIN visits v ON v.owner_id = o.id
    LEFT JOIN spending s ON s.owner_id = o.id
    LEFT JOIN contacts c ON c.owner_id = o.id
    LEFT JOIN referrals r ON r.owner_id = o.id
    WHERE 1 = 1%8
)
UPDATE owners SET
    total_visits = f.visits,
    first_visit_date = f.first_visit,
    last_visit_date = f.last_visit,
    lifetime_value = f.ltv,
    average_order_value = CASE WHEN f.paid_n = 0 THEN 0
                               ELSE (2 * f.ltv + f.paid_n) / (2 * f.paid_n) END,
    churn_risk = %12,
    engagement_score = %9
        + %13
        + CASE WHEN f.ltv > 1000000 THEN 20 WHEN f.ltv > 500000 THEN 15
               WHEN f.ltv > 100000 THEN 10 ELSE 0 END
        + %10,
    last_engagement_date = %11,
    referrals_made = f.referrals
FROM f WHERE owners.id = f.id
)")
        .arg(d.localDate(QStringLiteral("scheduled_at")), d.localDate(QStringLiteral("created_at")),
             scope, d.localDate(QStringLiteral("ordered_at")), d.localDate(QStringLiteral("issued_at")),
             days, referrerScope, ownerScope,
             d.least(QStringLiteral("3 * f.visits"), QStringLiteral("30")))
        .arg(d.least(QStringLiteral("f.contacts"), QStringLiteral("20")), lastEngagement)
        .arg(churnRisk(QStringLiteral("f.days")), recencyPoints(QStringLiteral("f.days")));
}

// Only the date-derived columns, from stored ones: no activity table is read. Days since the
// last visit are derived, not stored (MetricsDateSql), so only the owners whose churn risk or
// recency points change are written; `ranges` keep the statement to the last-visit dates
// where the move crosses a step, read through owners_last_visit.
QString moveDateSql(const SqlDialect& d, const QStringList& ranges)
{
    const QString oldDays = d.daysBetween(QStringLiteral("last_visit_date"), QStringLiteral(":old"));
    const QString newDays = d.daysBetween(QStringLiteral("last_visit_date"), QStringLiteral(":today"));
    return QStringLiteral(R"(
UPDATE owners SET
    churn_risk = %1,
    engagement_score = engagement_score - %2 + %3
WHERE (%4) AND (churn_risk <> %1 OR %2 <> %3)
)")
        .arg(churnRisk(newDays), recencyPoints(oldDays), recencyPoints(newDays),
             ranges.join(QLatin1String(" OR ")));
}

} // namespace

Status MetricsRefresher::run(const QDate& today, qint64 ownerId)
{
    QVariantMap params{{QStringLiteral(":today"), today.toString(Qt::ISODate)}};
    if (ownerId > 0)
        params.insert(QStringLiteral(":owner"), ownerId);
    auto r = Sql::exec(m_database.connection(), refreshSql(m_database.dialect(), ownerId > 0), params);
    return r ? Status() : failed(r.error());
}

Status MetricsRefresher::refreshAll(const QDate& today)
{
    return inTransaction(today, refreshSql(m_database.dialect(), false));
}

Status MetricsRefresher::moveToDate(const QDate& today)
{
    auto stored = m_database.setting(MetricsDateSql::asOfKey());
    if (!stored)
        return failed(stored.error());
    // Never refreshed: the stored metrics may be anything, so compute them all once.
    const QDate old = QDate::fromString(*stored, Qt::ISODate);
    if (!old.isValid())
        return refreshAll(today);
    // A step is crossed by the owners whose last visit lies `step` days before some day of the
    // move: (earlier − step, later − step]. The date may also move back.
    const QDate earlier = std::min(old, today);
    const QDate later = std::max(old, today);
    QVariantMap params{{QStringLiteral(":old"), old.toString(Qt::ISODate)}};
    QStringList ranges;
    for (const int step : stepDays) {
        const QString n = QString::number(ranges.size());
        ranges << QStringLiteral("(last_visit_date > :after%1 AND last_visit_date <= :upTo%1)").arg(n);
        params.insert(QStringLiteral(":after") + n, earlier.addDays(-step).toString(Qt::ISODate));
        params.insert(QStringLiteral(":upTo") + n, later.addDays(-step).toString(Qt::ISODate));
    }
    return inTransaction(today, moveDateSql(m_database.dialect(), ranges), params);
}

// The statement and the new as-of date commit together: the stored date always says what the
// stored metrics are computed for.
Status MetricsRefresher::inTransaction(const QDate& today, const QString& sql, QVariantMap params)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failed(transaction.error());
    params.insert(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (auto r = Sql::exec(m_database.connection(), sql, params); !r)
        return failed(r.error());
    if (auto r = m_database.setSetting(MetricsDateSql::asOfKey(), today.toString(Qt::ISODate)); !r)
        return r;
    return transaction->commit();
}

Status MetricsRefresher::refreshOwner(qint64 ownerId) { return run(asOf(), ownerId); }

Result<bool> MetricsRefresher::refreshIfStale(const QDate& today)
{
    auto stored = m_database.setting(MetricsDateSql::asOfKey());
    if (!stored)
        return failure<bool>(stored.error());
    if (*stored == today.toString(Qt::ISODate))
        return false;
    if (auto r = moveToDate(today); !r)
        return failure<bool>(r.error());
    return true;
}

QDate MetricsRefresher::asOf() const
{
    auto stored = m_database.setting(MetricsDateSql::asOfKey());
    const QDate date = stored ? QDate::fromString(*stored, Qt::ISODate) : QDate();
    return date.isValid() ? date : LocalTime::today();
}

} // namespace huellas
