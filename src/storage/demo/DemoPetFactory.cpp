#include "DemoPetFactory.h"

#include "core/Choices.h"

namespace huellas {
namespace {

constexpr int adoptionAgeDays = 56; // puppies and kittens leave their mother at eight weeks

bool isDogOrCat(const QString& species)
{
    return species == QLatin1String("dog") || species == QLatin1String("cat");
}

} // namespace

void DemoPetFactory::addPets(DemoHousehold& household)
{
    // Breeders and shelters (tier professional) bring several animals of one species.
    const bool professional = household.owner.tier == QLatin1String("professional");
    const int count =
        professional ? m_random.between(3, 4) : 1 + m_random.weighted({55, 28, 12, 5});
    for (int i = 0; i < count; ++i)
        addPet(household,
               professional && i > 0 ? household.pets.front().species : speciesFor(household));
}

QString DemoPetFactory::speciesFor(const DemoHousehold& household)
{
    static const QStringList species = choiceKeys(ChoiceList::Species);
    // dog, cat, bird, rabbit, rodent, reptile, other
    if (household.owner.tier == QLatin1String("professional"))
        return species.at(m_random.weighted({70, 30}));
    return species.at(m_random.weighted({55, 30, 4, 3, 3, 3, 2}));
}

QString DemoPetFactory::nameFor(const QString& sex)
{
    if (m_random.percent(30))
        return m_random.pick(m_words.petNames);
    return m_random.pick(sex == QLatin1String("F") ? m_words.petNamesFemale : m_words.petNamesMale);
}

int DemoPetFactory::ageInDays(const QString& species)
{
    int years = 0;
    if (isDogOrCat(species)) {
        static constexpr int ageBands[][2] = {{0, 0}, {1, 7}, {8, 15}};
        const auto& band = ageBands[m_random.weighted({15, 60, 25})];
        years = m_random.between(band[0], band[1]);
    } else {
        const int longest = species == QLatin1String("reptile")  ? 20
                            : species == QLatin1String("bird")   ? 10
                            : species == QLatin1String("rodent") ? 2
                                                                 : 7;
        years = m_random.between(0, longest);
    }
    return years * 365 + m_random.between(adoptionAgeDays + 4, 364);
}

void DemoPetFactory::addPet(DemoHousehold& household, const QString& species)
{
    const QDate& today = m_calendar.today();
    Pet pet;
    pet.id = m_ids.pet++;
    pet.ownerId = household.owner.id;
    pet.species = species;
    pet.sex = m_random.percent(50) ? QStringLiteral("F") : QStringLiteral("M");
    pet.name = nameFor(pet.sex);
    pet.breed = m_random.pick(m_words.breeds.value(species));
    const QDate born = today.addDays(-ageInDays(species));
    // Rescued animals often come without a known birthday.
    if (m_random.percent(90))
        pet.birthDate = born;

    DemoPetLife life;
    life.arrived = household.joined;
    // Later animals often joined the family after the owner became a client.
    if (!household.pets.empty() && m_random.percent(35))
        life.arrived = m_calendar.dayBetween(household.joined, today);
    life.arrived = std::max(life.arrived, born.addDays(adoptionAgeDays));
    life.lastSeen = today;
    const bool old = born.addYears(10) <= today;
    if (life.arrived < today && m_random.percent(old && isDogOrCat(species) ? 25 : 2)) {
        pet.deceased = true;
        life.lastSeen = m_calendar.dayBetween(life.arrived, today.addDays(-1));
    }
    household.pets.push_back(pet);
    household.petLives.push_back(life);
}

} // namespace huellas
