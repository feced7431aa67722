#pragma once

#include <QString>
#include <QVariant>

#include <functional>

namespace huellas {

class SqlDialect;

// Days since the last visit are not stored: every owner's would change every day, a write per
// owner each morning. Statements derive them from last_visit_date and the date the stored
// metrics are computed as of, which they read from settings themselves, so a date move only
// writes the owners whose churn risk or recency points change (MetricsRefresher).
namespace MetricsDateSql {

// The settings key of the metrics' as-of date (ISO text).
QString asOfKey();
// That date as an SQL expression: the stored one, or today (clinic-local) when never refreshed,
// as MetricsRefresher::asOf() answers.
QString asOf(const SqlDialect& dialect);
// `alias`.last_visit_date's whole days to the as-of date; NULL when never visited.
QString daysSinceLastVisit(const SqlDialect& dialect, const QString& alias);
// Days since the last visit at least / at most `days`, as a range of last_visit_date, which
// owners_last_visit serves (the days themselves are compared when `days` reaches past the
// years date functions take). `bind` makes a parameter of a value. A never-visited owner
// matches neither, and the condition stays two-valued when a caller negates it.
using Bind = std::function<QString(const QVariant&)>;
QString daysAtLeast(const SqlDialect& dialect, const QString& alias, qint64 days, const Bind& bind);
QString daysAtMost(const SqlDialect& dialect, const QString& alias, qint64 days, const Bind& bind);

} // namespace MetricsDateSql
} // namespace huellas
