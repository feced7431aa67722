#include "DemoPopulation.h"

#include "DemoCalendar.h"
#include "DemoHistoryFactory.h"
#include "DemoHouseholdSink.h"
#include "DemoInteractionFactory.h"
#include "DemoOwnerFactory.h"
#include "DemoPetFactory.h"
#include "DemoRandom.h"
#include "DemoWords.h"

#include <algorithm>
#include <vector>

namespace huellas::DemoPopulation {
namespace {

constexpr int referralPercent = 15;

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

Result<DemoSummary> generate(DemoHouseholdSink& sink, const DemoStaffIds& staff,
                             const DemoOptions& options, const QDate& today)
{
    auto words = DemoWords::load();
    if (!words)
        return failure<DemoSummary>(words.error());
    if (auto r = DemoInteractionFactory::checkTexts(*words); !r)
        return failure<DemoSummary>(r.error());
    if (auto r = sink.prepare(); !r)
        return failure<DemoSummary>(r.error());

    DemoIds ids = sink.nextIds();
    // A database that already has owners gets new people, not the same ones again.
    DemoRandom random(DemoRandom::mix(options.seed, quint64(ids.owner)));
    DemoCalendar calendar(today, random);
    DemoOwnerFactory owners(*words, random, calendar);
    DemoPetFactory pets(*words, random, calendar, ids);
    DemoInteractionFactory interactions(*words, random, calendar, ids, staff);
    DemoHistoryFactory history(*words, random, calendar, ids, interactions);

    DemoSummary summary;
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
        if (auto r = sink.write(household); !r)
            return failure<DemoSummary>(r.error());
        count(summary, household);
        written.push_back(
            {household.owner.id, household.owner.displayName(), joined, household.owner.createdAt});
    }
    return summary;
}

} // namespace huellas::DemoPopulation
