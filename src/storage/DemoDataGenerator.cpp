#include "DemoDataGenerator.h"

#include "Database.h"
#include "MetricsRefresher.h"
#include "RecordColumns.h"
#include "RowWriter.h"
#include "Sql.h"
#include "Transaction.h"
#include "core/LocalTime.h"
#include "demo/DemoCalendar.h"
#include "demo/DemoHistoryFactory.h"
#include "demo/DemoInteractionFactory.h"
#include "demo/DemoOwnerFactory.h"
#include "demo/DemoPetFactory.h"
#include "demo/DemoRandom.h"
#include "demo/DemoRowWriter.h"
#include "demo/DemoWords.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace huellas {
namespace {

constexpr int referralPercent = 15;

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

// The days owners joined, oldest first, so that ids follow the calendar as in a real clinic
// and every owner's referrer can be an earlier one. Joining picks up in recent years.
std::vector<QDate> planJoinDays(DemoRandom& random, DemoCalendar& calendar, int owners)
{
    std::vector<QDate> days;
    days.reserve(size_t(owners));
    for (int i = 0; i < owners; ++i) {
        QDate day = calendar.dayBetween(calendar.start(), calendar.today());
        if (random.percent(40))
            day = std::max(day, calendar.dayBetween(calendar.start(), calendar.today()));
        days.push_back(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

// Long-standing clients recommend the clinic more often than recent ones.
const DemoReferrer& pickReferrer(DemoRandom& random, const std::vector<DemoReferrer>& earlier,
                                 size_t count)
{
    size_t index = size_t(random.below(count));
    if (random.percent(40))
        index = std::min(index, size_t(random.below(count)));
    return earlier[index];
}

void count(DemoSummary& summary, const DemoHousehold& household)
{
    ++summary.owners;
    summary.pets += int(household.pets.size());
    summary.appointments += int(household.appointments.size());
    summary.orders += int(household.orders.size());
    summary.invoices += int(household.invoices.size());
    summary.conversations += int(household.conversations.size());
    summary.interactions += int(household.interactions.size());
}

} // namespace

Result<DemoSummary> DemoDataGenerator::generate(const DemoOptions& options)
{
    if (options.owners < 0)
        return failure<DemoSummary>(QCoreApplication::translate(
            "DemoData", "The number of demo owners cannot be negative."));
    const QDate today = options.today.isValid() ? options.today : LocalTime::today();
    auto words = DemoWords::load();
    if (!words)
        return failure<DemoSummary>(words.error());
    if (auto r = DemoInteractionFactory::checkTexts(*words); !r)
        return failure<DemoSummary>(r.error());

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<DemoSummary>(transaction.error());
    DemoSummary summary;
    auto staff = ensureStaff(summary.staff);
    if (!staff)
        return failure<DemoSummary>(staff.error());
    DemoRowWriter writer(m_database);
    if (auto r = writer.prepare(); !r)
        return failure<DemoSummary>(r.error());

    DemoIds ids = writer.nextIds();
    // A database that already has owners gets new people, not the same ones again.
    DemoRandom random(DemoRandom::mix(options.seed, quint64(ids.owner)));
    DemoCalendar calendar(today, random);
    DemoOwnerFactory owners(*words, random, calendar);
    DemoPetFactory pets(*words, random, calendar, ids);
    DemoInteractionFactory interactions(*words, random, calendar, ids, *staff);
    DemoHistoryFactory history(*words, random, calendar, ids, interactions);

    const std::vector<QDate> joinDays = planJoinDays(random, calendar, options.owners);
    std::vector<DemoReferrer> written;
    written.reserve(joinDays.size());
    size_t joinedEarlier = 0; // owners in `written` who joined before the current day
    for (const QDate& joined : joinDays) {
        while (joinedEarlier < written.size() && written[joinedEarlier].joined < joined)
            ++joinedEarlier;
        DemoHousehold household = owners.make(ids.owner++, joined);
        if (joinedEarlier > 0 && random.percent(referralPercent)) {
            const DemoReferrer& referrer = pickReferrer(random, written, joinedEarlier);
            owners.referBy(household, referrer);
            interactions.addReferral(household, referrer);
        }
        pets.addPets(household);
        history.addHistory(household);
        household.owner.tags = owners.tagsFor(household);
        if (auto r = writer.write(household); !r)
            return failure<DemoSummary>(r.error());
        count(summary, household);
        written.push_back(
            {household.owner.id, household.owner.displayName(), joined, household.owner.createdAt});
    }

    if (auto r = MetricsRefresher(m_database).refreshAll(today); !r)
        return failure<DemoSummary>(r.error());
    if (auto r = transaction->commit(); !r)
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
        const QLatin1String role(member.role);
        if (role == QLatin1String("reception"))
            staff.reception << id;
        else if (role == QLatin1String("manager"))
            staff.manager = id;
        else
            staff.admin = id;
    }
    return staff;
}

} // namespace huellas
