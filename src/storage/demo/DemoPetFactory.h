#pragma once

#include "DemoCalendar.h"
#include "DemoHousehold.h"
#include "DemoRandom.h"
#include "DemoWords.h"

namespace huellas {

// Gives a household its one to four animals: mostly dogs and cats, a few of every other
// species, with Spanish names, breeds, ages that fit the species and a few that have died.
class DemoPetFactory final
{
public:
    DemoPetFactory(const DemoWords& words, DemoRandom& random, DemoCalendar& calendar, DemoIds& ids)
        : m_words(words), m_random(random), m_calendar(calendar), m_ids(ids)
    {
    }

    void addPets(DemoHousehold& household);

private:
    QString speciesFor(const DemoHousehold& household);
    QString nameFor(const QString& sex);
    int ageInDays(const QString& species);
    void addPet(DemoHousehold& household, const QString& species);

    const DemoWords& m_words;
    DemoRandom& m_random;
    DemoCalendar& m_calendar;
    DemoIds& m_ids;
};

} // namespace huellas
