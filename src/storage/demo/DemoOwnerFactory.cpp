#include "DemoOwnerFactory.h"

#include "core/Choices.h"

namespace huellas {
namespace {

const QString womanGender = QStringLiteral("F");
const QString manGender = QStringLiteral("M");

} // namespace

DemoHousehold DemoOwnerFactory::make(qint64 ownerId, const QDate& joined)
{
    DemoHousehold household;
    household.joined = joined;
    Owner& owner = household.owner;
    owner.id = ownerId;
    // English-speaking residents are a real part of Puerto Morelos' clientele.
    const bool expat = m_random.percent(8);
    const bool isWoman = giveName(owner, expat);
    if (m_random.percent(88)) {
        static constexpr int ageBands[][2] = {{18, 29}, {30, 44}, {45, 59}, {60, 80}};
        const auto& band = ageBands[m_random.weighted({25, 35, 25, 15})];
        const int age = m_random.between(band[0], band[1]);
        owner.birthDate = m_calendar.today().addYears(-age).addDays(-m_random.between(0, 364));
    }
    owner.email = m_random.percent(expat ? 95 : 85) ? emailFor(owner, expat) : QString();
    if (m_random.percent(80)) {
        const DemoOccupation& o =
            m_words.occupations.at(qsizetype(m_random.below(quint64(m_words.occupations.size()))));
        owner.occupation = isWoman ? o.feminine : o.masculine;
    }
    givePhones(owner);
    giveAddress(owner);
    giveAcquisition(owner);
    owner.tier = tierFor(joined);
    givePreferences(owner, expat);
    owner.createdAt = DemoCalendar::localTime(joined, m_random.between(9 * 60, 17 * 60 + 30));
    owner.updatedAt = m_calendar.minutesAfter(owner.createdAt, 0,
                                              int(joined.daysTo(m_calendar.today())) * 24 * 60);
    planActivity(household);
    return household;
}

bool DemoOwnerFactory::giveName(Owner& owner, bool expat)
{
    const bool isFemale = m_random.percent(53);
    // A few owners leave the gender blank on the form.
    if (m_random.percent(98))
        owner.gender = isFemale ? womanGender : manGender;
    if (expat) {
        owner.firstName =
            m_random.pick(isFemale ? m_words.expatFemaleNames : m_words.expatMaleNames);
        owner.lastName = m_random.pick(m_words.expatLastNames);
        return isFemale;
    }
    owner.firstName = m_random.pick(isFemale ? m_words.femaleNames : m_words.maleNames);
    const QString paternal = m_random.pick(m_words.lastNames);
    QString maternal = m_random.pick(m_words.lastNames);
    while (maternal == paternal)
        maternal = m_random.pick(m_words.lastNames);
    owner.lastName = paternal + QLatin1Char(' ') + maternal;
    return isFemale;
}

QString DemoOwnerFactory::asciiFolded(const QString& text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toLower())
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            folded += c;
    return folded;
}

QString DemoOwnerFactory::emailFor(const Owner& owner, bool expat)
{
    const QStringList given = owner.firstName.split(QLatin1Char(' '));
    const QStringList surnames = owner.lastName.split(QLatin1Char(' '));
    // "Ana María" writes herself as "ana" or "anamaria".
    const QString first = asciiFolded(m_random.percent(50) ? given.first() : owner.firstName);
    const QString paternal = asciiFolded(surnames.first());
    const QString maternal = asciiFolded(surnames.last());
    const int number =
        owner.birthDate.isValid() ? owner.birthDate.year() % 100 : m_random.between(1, 99);
    const QString twoDigits = QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    QString local;
    switch (m_random.weighted({30, 25, 15, 15, 15})) {
    case 0:
        local = first + QLatin1Char('.') + paternal;
        break;
    case 1:
        local = first + paternal + twoDigits;
        break;
    case 2:
        local = first.left(1) + paternal + (expat ? QString() : maternal.left(1));
        break;
    case 3:
        local =
            first + QLatin1Char('_') + paternal + (expat ? twoDigits : QLatin1Char('_') + maternal);
        break;
    default:
        local = paternal + QLatin1Char('.') + first + QString::number(m_random.between(1, 999));
        break;
    }
    static const QStringList domains{QStringLiteral("gmail.com"), QStringLiteral("hotmail.com"),
                                     QStringLiteral("outlook.com"), QStringLiteral("yahoo.com.mx")};
    return local + QLatin1Char('@') + domains.at(m_random.weighted({50, 25, 12, 13}));
}

QString DemoOwnerFactory::phoneNumber()
{
    // Cancún–Puerto Morelos numbers: +52 998 and seven digits.
    return QStringLiteral("+52998%1").arg(m_random.between(1000000, 9999999));
}

void DemoOwnerFactory::givePhones(Owner& owner)
{
    owner.phone = phoneNumber();
    if (m_random.percent(20))
        owner.phoneSecondary = phoneNumber();
    switch (m_random.weighted({65, 10, 25})) {
    case 0:
        owner.whatsapp = owner.phone;
        break;
    case 1:
        owner.whatsapp = phoneNumber();
        break;
    default:
        break;
    }
}

// Every draw is its own statement: the operands of + have no fixed order of evaluation, and
// the same seed must give the same data with every compiler.
void DemoOwnerFactory::giveAddress(Owner& owner)
{
    const int number = m_random.between(1, 120);
    const int manzana = m_random.between(1, 80);
    const int lote = m_random.between(1, 40);
    // In the newer colonias an address is a manzana and a lote rather than a house number.
    const QString lot = QStringLiteral("Mz %1 Lt %2").arg(manzana).arg(lote);
    QString street;
    switch (m_random.weighted({85, 10, 5})) {
    case 0:
        owner.city = QStringLiteral("Puerto Morelos");
        owner.neighborhood = m_random.pick(m_words.neighborhoods);
        owner.postalCode = m_random.percent(95) ? QStringLiteral("77580") : QString();
        street = m_random.pick(m_words.streets);
        owner.streetAddress =
            street + QLatin1Char(' ') + (m_random.percent(70) ? QString::number(number) : lot);
        break;
    case 1:
        owner.city = QStringLiteral("Cancún");
        owner.neighborhood = m_random.pick(m_words.neighborhoodsCancun);
        owner.postalCode = QString::number(m_random.between(77500, 77539));
        street = m_random.pick(m_words.streetsCancun);
        owner.streetAddress =
            street + QLatin1Char(' ') + (m_random.percent(50) ? QString::number(number) : lot);
        break;
    default:
        owner.city = QStringLiteral("Playa del Carmen");
        owner.neighborhood = m_random.pick(m_words.neighborhoodsPlaya);
        owner.postalCode = QStringLiteral("77710");
        owner.streetAddress =
            m_random.pick(m_words.streetsPlaya) + QStringLiteral(" No. ") + QString::number(number);
        break;
    }
    if (m_random.percent(20))
        owner.locationNotes = m_random.pick(m_words.locationNotes);
}

void DemoOwnerFactory::giveAcquisition(Owner& owner)
{
    // Referrals are decided by the generator, which knows the earlier owners.
    static const QStringList sources{QStringLiteral("google"),
                                     QStringLiteral("facebook"),
                                     QStringLiteral("instagram"),
                                     QStringLiteral("walk_in"),
                                     QStringLiteral("event"),
                                     QStringLiteral("other"),
                                     QString()};
    owner.acquisitionSource = sources.at(m_random.weighted({22, 20, 12, 25, 8, 8, 5}));
    if (!owner.acquisitionSource.isEmpty())
        owner.acquisitionDetail =
            m_random.pick(m_words.acquisitionDetails.value(owner.acquisitionSource));
}

void DemoOwnerFactory::referBy(DemoHousehold& household, const DemoReferrer& referrer)
{
    Owner& owner = household.owner;
    owner.referredBy = referrer.id;
    owner.acquisitionSource = QStringLiteral("referral");
    owner.acquisitionDetail = QStringLiteral("Recomendación de %1").arg(referrer.name);
}

QString DemoOwnerFactory::tierFor(const QDate& joined)
{
    static const QStringList tiers =
        choiceKeys(ChoiceList::Tier); // new, regular, vip, professional
    if (joined.daysTo(m_calendar.today()) < 90)
        return tiers.at(m_random.weighted({85, 15, 0, 0}));
    return tiers.at(m_random.weighted({12, 73, 10, 5}));
}

void DemoOwnerFactory::givePreferences(Owner& owner, bool expat)
{
    owner.preferredLanguage =
        m_random.percent(expat ? 80 : 2) ? QStringLiteral("en") : QStringLiteral("es");
    static const QStringList times{QStringLiteral("morning"), QStringLiteral("afternoon"),
                                   QStringLiteral("evening"), QString()};
    owner.preferredContactTime = times.at(m_random.weighted({35, 35, 20, 10}));
    owner.emailOptIn = !owner.email.isEmpty() && m_random.percent(50);
    owner.smsOptIn = m_random.percent(30);
    owner.whatsappOptIn = m_random.percent(85);
    if (m_random.percent(25))
        owner.notes = m_random.pick(m_words.ownerNotes);
    if (m_random.percent(12))
        owner.internalNotes = m_random.pick(m_words.internalNotes);
}

void DemoOwnerFactory::planActivity(DemoHousehold& household)
{
    const QDate& today = m_calendar.today();
    // About a third of the long-standing clients stop coming: they are the churn the manager
    // is looking for.
    household.lapsed = household.joined.daysTo(today) > 150 && m_random.percent(30);
    household.activeUntil =
        household.lapsed ? m_calendar.dayBetween(household.joined, today.addDays(-60)) : today;
    const QString& tier = household.owner.tier;
    household.activityPercent = tier == QLatin1String("professional") ? m_random.between(180, 250)
                                : tier == QLatin1String("vip")        ? m_random.between(150, 220)
                                                                      : m_random.between(50, 150);
}

QStringList DemoOwnerFactory::tagsFor(const DemoHousehold& household)
{
    const QDate& today = m_calendar.today();
    bool dog = false, cat = false, exotic = false, puppy = false, senior = false;
    for (const Pet& pet : household.pets) {
        if (pet.deceased)
            continue;
        const bool dogOrCat =
            pet.species == QLatin1String("dog") || pet.species == QLatin1String("cat");
        dog = dog || pet.species == QLatin1String("dog");
        cat = cat || pet.species == QLatin1String("cat");
        exotic = exotic || !dogOrCat;
        if (dogOrCat && pet.birthDate.isValid()) {
            puppy = puppy || pet.birthDate.addYears(1) > today;
            senior = senior || pet.birthDate.addYears(8) <= today;
        }
    }
    const QString& tier = household.owner.tier;
    QStringList tags;
    const auto tagIf = [&tags](bool condition, const char* tag) {
        if (condition)
            tags << QLatin1String(tag);
    };
    tagIf(dog, "dog-owner");
    tagIf(cat, "cat-owner");
    tagIf(exotic, "exotic");
    tagIf(puppy, "puppy");
    tagIf(senior, "senior-pet");
    tagIf(m_random.percent(tier == QLatin1String("vip") ? 80 : 3), "premium");
    tagIf((dog || cat) && m_random.percent(10), "boarder");
    tagIf(dog && m_random.percent(30), "grooming");
    tagIf(tier == QLatin1String("professional") && m_random.percent(50), "breeder");
    tagIf(m_random.percent(10), "rescue");
    tagIf(household.pets.size() >= 3, "multi-pet");
    return tags;
}

} // namespace huellas
