#include "HealthCheck.h"

#include "Database.h"
#include "IntegrityCheck.h"
#include "Sql.h"

#include <QCoreApplication>

namespace huellas {
namespace {


} // namespace

Result<HealthReport> HealthCheck::run()
{
    HealthReport report;
    const QSqlDatabase db = m_database.connection();
    const auto problem = [&report](const QString& line) {
        report.healthy = false;
        report.lines << line;
    };

    auto integrity = IntegrityCheck::problems(m_database);
    if (!integrity)
        return failure<HealthReport>(integrity.error());
    if (integrity->isEmpty())
        report.lines << QCoreApplication::translate("HealthCheck", "Integrity: ok");
    else
        problem(QCoreApplication::translate("HealthCheck", "Integrity: %1").arg(integrity->join(QLatin1String("; "))));

    auto foreignKeys = Sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return failure<HealthReport>(foreignKeys.error());
    int broken = 0;
    while (foreignKeys->next())
        ++broken;
    if (broken == 0)
        report.lines << QCoreApplication::translate("HealthCheck", "Foreign keys: ok");
    else
        problem(QCoreApplication::translate("HealthCheck", "Foreign keys: %1 rows point to records that do not exist").arg(broken));

    report.lines << QCoreApplication::translate("HealthCheck", "Schema version: %1 of %2")
                        .arg(m_database.schemaVersion())
                        .arg(Database::latestSchemaVersion());

    auto referrals = Sql::scalar(db, QStringLiteral(
        "SELECT count(*) FROM owners o WHERE o.referrals_made <> "
        "(SELECT count(*) FROM owners r WHERE r.referred_by = o.id)"));
    if (!referrals)
        return failure<HealthReport>(referrals.error());
    if (referrals->toInt() == 0)
        report.lines << QCoreApplication::translate("HealthCheck", "Referral counts: ok");
    else
        problem(QCoreApplication::translate("HealthCheck", "Referral counts: %1 owners have a stale count (run refresh)").arg(referrals->toInt()));

    auto owners = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM owners"));
    if (!owners)
        return failure<HealthReport>(owners.error());
    report.lines << QCoreApplication::translate("HealthCheck", "Owners: %1").arg(owners->toInt());
    report.lines << (report.healthy ? QCoreApplication::translate("HealthCheck", "The database is healthy.") : QCoreApplication::translate("HealthCheck", "The database has problems."));
    return report;
}

} // namespace huellas
