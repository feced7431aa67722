#include "MetricsDateSql.h"

#include "SqlDialect.h"

#include <cstdlib>

namespace huellas::MetricsDateSql {

QString asOfKey() { return QStringLiteral("metrics_as_of"); }

QString asOf(const SqlDialect& d)
{
    return QStringLiteral("coalesce(%1, %2)")
        .arg(d.dateFromText(QStringLiteral("(SELECT value FROM settings WHERE key = '%1')").arg(asOfKey())),
             d.localDate(d.now()));
}

QString daysSinceLastVisit(const SqlDialect& d, const QString& alias)
{
    return d.daysBetween(alias + QStringLiteral(".last_visit_date"), asOf(d));
}

namespace {

// Within this many days of the as-of date the shifted date stays in the years every engine's
// date functions take (from year 100 or so on); rules reaching further compare the days.
constexpr qint64 dateRangeLimit = 700'000;

// days >= n  <=>  as-of - last visit >= n  <=>  last visit <= as-of - n (whole days)
QString compared(const SqlDialect& d, const QString& alias, qint64 days, const Bind& bind, bool atLeast)
{
    if (std::abs(days) <= dateRangeLimit)
        return QStringLiteral("%1.last_visit_date IS NOT NULL AND %1.last_visit_date %2 %3")
            .arg(alias, atLeast ? QStringLiteral("<=") : QStringLiteral(">="),
                 d.dateMinusDays(asOf(d), bind(days)));
    // BIGINT: a bound number is taken for the type of what it is compared with, and a count
    // of days is an integer on PostgreSQL, too small for these.
    return QStringLiteral("%1.last_visit_date IS NOT NULL AND %2 %3 CAST(%4 AS BIGINT)")
        .arg(alias, daysSinceLastVisit(d, alias), atLeast ? QStringLiteral(">=") : QStringLiteral("<="),
             bind(days));
}

} // namespace

QString daysAtLeast(const SqlDialect& d, const QString& alias, qint64 days, const Bind& bind)
{
    return compared(d, alias, days, bind, true);
}

QString daysAtMost(const SqlDialect& d, const QString& alias, qint64 days, const Bind& bind)
{
    return compared(d, alias, days, bind, false);
}

} // namespace huellas::MetricsDateSql
