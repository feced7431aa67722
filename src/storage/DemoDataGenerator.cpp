#include "DemoDataGenerator.h"

#include "Database.h"
#include "DeferredOwnerSearch.h"
#include "MetricsRefresher.h"
#include "RecordColumns.h"
#include "RowWriter.h"
#include "Sql.h"
#include "Transaction.h"
#include "core/LocalTime.h"
#include "demo/DemoCsvWriter.h"
#include "demo/DemoInteractionFactory.h"
#include "demo/DemoPopulation.h"
#include "demo/DemoRowWriter.h"

#include <QCoreApplication>
#include <QMap>

namespace huellas {
namespace {

struct TeamMember
{
    const char* username;
    const char* displayName;
    const char* role;
};

constexpr TeamMember demoTeam[] = {
    {"recepcion1", "María José Canul", "reception"},
    {"recepcion2", "Luis Alberto Pech", "reception"},
    {"gerente", "Fernanda Chan Dzib", "manager"},
    {"admin", "Administración Huellas", "admin"},
};

void assign(DemoStaffIds& staff, const TeamMember& member, qint64 id)
{
    const QLatin1String role(member.role);
    if (role == QLatin1String("reception"))
        staff.reception << id;
    else if (role == QLatin1String("manager"))
        staff.manager = id;
    else
        staff.admin = id;
}

Result<QDate> checkedToday(const DemoOptions& options)
{
    if (options.owners < 0)
        return failure<QDate>(QCoreApplication::translate(
            "DemoData", "The number of demo owners cannot be negative."));
    return options.today.isValid() ? options.today : LocalTime::today();
}

} // namespace

Result<DemoSummary> DemoDataGenerator::generate(const DemoOptions& options)
{
    const auto today = checkedToday(options);
    if (!today)
        return failure<DemoSummary>(today.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<DemoSummary>(transaction.error());
    int staffAdded = 0;
    auto staff = ensureStaff(staffAdded);
    if (!staff)
        return failure<DemoSummary>(staff.error());
    DeferredOwnerSearch search(m_database);
    if (auto r = search.begin(); !r)
        return failure<DemoSummary>(r.error());
    DemoRowWriter writer(m_database);
    auto summary = DemoPopulation::generate(writer, *staff, options, *today);
    if (!summary)
        return summary;
    if (auto r = writer.finish(); !r)
        return failure<DemoSummary>(r.error());
    if (auto r = search.finish(); !r)
        return failure<DemoSummary>(r.error());
    summary->staff = staffAdded;
    if (auto r = MetricsRefresher(m_database).refreshAll(*today); !r)
        return failure<DemoSummary>(r.error());
    if (auto r = transaction->commit(); !r)
        return failure<DemoSummary>(r.error());
    return summary;
}

Result<DemoSummary> DemoDataGenerator::writeCsv(const DemoOptions& options, const QString& folder)
{
    const auto today = checkedToday(options);
    if (!today)
        return failure<DemoSummary>(today.error());
    // The ids ensureStaff() gives the team in an empty database, in the same order; the files
    // name staff by username, which the import turns into (inactive) staff members.
    DemoStaffIds staff;
    QHash<qint64, QString> usernames;
    qint64 id = 0;
    for (const TeamMember& member : demoTeam) {
        assign(staff, member, ++id);
        usernames.insert(id, QString::fromUtf8(member.username));
    }
    DemoCsvWriter writer(folder, usernames);
    auto summary = DemoPopulation::generate(writer, staff, options, *today);
    if (!summary)
        return summary;
    if (auto r = writer.commit(); !r)
        return failure<DemoSummary>(r.error());
    return summary;
}

Result<DemoStaffIds> DemoDataGenerator::ensureStaff(int& added)
{
    auto existing =
        Sql::exec(m_database.connection(), QStringLiteral("SELECT id, username FROM staff"));
    if (!existing)
        return failure<DemoStaffIds>(existing.error());
    QMap<QString, qint64> idByUsername;
    while (existing->next())
        idByUsername.insert(existing->value(1).toString(), existing->value(0).toLongLong());

    DemoStaffIds staff;
    for (const TeamMember& member : demoTeam) {
        const QString username = QString::fromUtf8(member.username);
        qint64 id = idByUsername.value(username);
        if (id == 0) {
            Staff s;
            s.username = username;
            s.displayName = QString::fromUtf8(member.displayName);
            s.role = QString::fromUtf8(member.role);
            auto inserted =
                RowWriter::insert(m_database, QStringLiteral("staff"), RecordColumns::of(s));
            if (!inserted)
                return failure<DemoStaffIds>(inserted.error());
            id = *inserted;
            ++added;
        }
        assign(staff, member, id);
    }
    return staff;
}

} // namespace huellas
