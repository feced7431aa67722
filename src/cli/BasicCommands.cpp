#include "CliContext.h"

#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/HealthCheck.h"
#include "storage/MetricsRefresher.h"

#include <QCoreApplication>

namespace huellas::cli {

Result<QDate> dateOption(const Arguments& args, const QString& name)
{
    if (!args.has(name))
        return LocalTime::today();
    const QDate date = QDate::fromString(args.value(name), Qt::ISODate);
    if (!date.isValid())
        return failure<QDate>(QCoreApplication::translate("huellas-cli", "--%1: \"%2\" is not a date (YYYY-MM-DD).")
                                  .arg(name, args.value(name)));
    return date;
}

Result<QDate> dateOption(const Context& c, const QString& name)
{
    return dateOption(c.args, name);
}

int runInit(Context& c)
{
    c.out << QCoreApplication::translate("huellas-cli", "Database ready: %1 (schema %2)")
                 .arg(c.database.path())
                 .arg(c.database.schemaVersion())
          << Qt::endl;
    return Done;
}

int runRefresh(Context& c)
{
    auto today = dateOption(c, QStringLiteral("today"));
    if (!today)
        return c.badUsage(today.error());
    MetricsRefresher refresher(c.database);
    // Moving the date is enough: the auto-update keeps the rest exact. --full reads every
    // activity table again.
    const bool full = c.args.has(QStringLiteral("full"));
    if (auto r = full ? refresher.refreshAll(*today) : refresher.moveToDate(*today); !r)
        return c.databaseError(r.error());
    c.out << (full ? QCoreApplication::translate("huellas-cli", "Metrics recomputed as of %1.")
                   : QCoreApplication::translate("huellas-cli", "Metrics moved to %1."))
                     .arg(today->toString(Qt::ISODate))
          << Qt::endl;
    return Done;
}

int runCheck(Context& c)
{
    auto report = HealthCheck(c.database).run();
    if (!report)
        return c.databaseError(report.error());
    for (const QString& line : report->lines)
        c.out << line << Qt::endl;
    return report->healthy ? Done : DatabaseError;
}

} // namespace huellas::cli
