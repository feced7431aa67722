#include "core/AppIdentity.h"
#include "core/Choices.h"
#include "core/LocalTime.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTest>

using namespace huellas;

class TestDomainBasics final : public QObject
{
    Q_OBJECT

private slots:
    void everyChoiceListHasKeysAndLabels();
    void unknownChoiceKeepsItsKey();
    void localDateIsCancunTime();
    void timestampsParseWithAndWithoutZone();
    void storageFormIsUtcIso();
    void storageFormIsQtsIsoForm();
    void validOwnerHasNoProblems();
    void ownerProblemsNameTheFieldAndValue_data();
    void ownerProblemsNameTheFieldAndValue();
    void activityProblemsNameTheField();
    void identityIsSharedByBothPrograms();
};

void TestDomainBasics::everyChoiceListHasKeysAndLabels()
{
    for (int i = 0; i <= int(ChoiceList::StaffRole); ++i) {
        const auto list = ChoiceList(i);
        QVERIFY(!choices(list).empty());
        QVERIFY(qstrlen(choiceListName(list)) > 0);
        for (const QString& key : choiceKeys(list)) {
            QVERIFY(isChoice(list, key));
            QVERIFY(!choiceLabel(list, key).isEmpty());
        }
    }
    QCOMPARE(choiceKeys(ChoiceList::InteractionType).size(), 11);
    QCOMPARE(choiceLabel(ChoiceList::Tier, QStringLiteral("vip")), QStringLiteral("VIP"));
}

void TestDomainBasics::unknownChoiceKeepsItsKey()
{
    QVERIFY(!isChoice(ChoiceList::Tier, QStringLiteral("gold")));
    QCOMPARE(choiceLabel(ChoiceList::Tier, QStringLiteral("gold")), QStringLiteral("gold"));
}

void TestDomainBasics::localDateIsCancunTime()
{
    // 03:00 UTC is still the previous evening in Puerto Morelos (UTC−5).
    QCOMPARE(LocalTime::dateOf(QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC)), QDate(2026, 11, 23));
    QCOMPARE(LocalTime::dateOf(QDateTime(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC)), QDate(2026, 11, 24));
    QCOMPARE(LocalTime::fromLocal(QDate(2026, 11, 24), QTime(0, 0)),
             QDateTime(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC));
    QVERIFY(LocalTime::today().isValid());
}

void TestDomainBasics::timestampsParseWithAndWithoutZone()
{
    const QDateTime utc(QDate(2026, 11, 24), QTime(15, 30), Qt::UTC);
    QCOMPARE(LocalTime::parseTimestamp(QStringLiteral("2026-11-24T15:30:00Z")), utc);
    QCOMPARE(LocalTime::parseTimestamp(QStringLiteral("2026-11-24T10:30:00-05:00")), utc);
    QCOMPARE(LocalTime::parseTimestamp(QStringLiteral("2026-11-24T10:30:00")), utc); // local
    QCOMPARE(LocalTime::parseTimestamp(QStringLiteral("2026-11-24")),
             QDateTime(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC));
    QVERIFY(!LocalTime::parseTimestamp(QStringLiteral("24/11/2026")).isValid());
}

void TestDomainBasics::storageFormIsUtcIso()
{
    const QDateTime t(QDate(2026, 11, 24), QTime(15, 30), Qt::UTC);
    QCOMPARE(LocalTime::toStorage(t), QStringLiteral("2026-11-24T15:30:00Z"));
    QCOMPARE(LocalTime::fromStorage(QStringLiteral("2026-11-24T15:30:00Z")), t);
    QCOMPARE(LocalTime::fromStorage(QStringLiteral("2026-11-24T15:30:00")), t);
    QVERIFY(LocalTime::toStorage(QDateTime()).isEmpty());
    QVERIFY(!LocalTime::fromStorage(QString()).isValid());
}

// toStorage() writes the text itself, for speed: it must stay Qt's ISO form to the letter,
// whatever the offset, the milliseconds (dropped) or the year.
void TestDomainBasics::storageFormIsQtsIsoForm()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        const qint64 ms = random.bounded(Q_INT64_C(-62135596800000), Q_INT64_C(253402300799999));
        const int offset = int(random.bounded(-14 * 3600, 14 * 3600));
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
        QCOMPARE(LocalTime::toStorage(t), t.toUTC().toString(Qt::ISODate));
    }
    const QDateTime early(QDate(1, 1, 1), QTime(0, 0, 0, 999), Qt::UTC);
    QCOMPARE(LocalTime::toStorage(early), QStringLiteral("0001-01-01T00:00:00Z"));
    const QDateTime beyond(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(LocalTime::toStorage(beyond), beyond.toString(Qt::ISODate));
}

void TestDomainBasics::validOwnerHasNoProblems()
{
    Owner o;
    o.firstName = QStringLiteral("Ana María");
    o.email = QStringLiteral("ana@example.mx");
    o.postalCode = QStringLiteral("77580");
    o.birthDate = QDate(1980, 5, 1);
    o.acquisitionSource = QStringLiteral("walk_in");
    o.preferredContactTime = QStringLiteral("morning");
    o.tags = {QStringLiteral("dog-owner")};
    QVERIFY(Validation::problemsWith(o, QDate(2026, 11, 24)).isEmpty());
}

void TestDomainBasics::ownerProblemsNameTheFieldAndValue_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("email") << "email" << "ana@";
    QTest::newRow("postal code") << "postal_code" << "7758";
    QTest::newRow("tier") << "tier" << "gold";
    QTest::newRow("source") << "acquisition_source" << "tv";
    QTest::newRow("contact time") << "contact_time" << "night";
    QTest::newRow("birth date") << "birth_date" << "2027-01-01";
    QTest::newRow("tag") << "tags" << "a;b";
    QTest::newRow("language") << "preferred_language" << "";
    QTest::newRow("name") << "name" << "";
}

void TestDomainBasics::ownerProblemsNameTheFieldAndValue()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Owner o;
    o.firstName = QStringLiteral("Ana");
    if (field == QLatin1String("email"))
        o.email = value;
    else if (field == QLatin1String("postal_code"))
        o.postalCode = value;
    else if (field == QLatin1String("tier"))
        o.tier = value;
    else if (field == QLatin1String("acquisition_source"))
        o.acquisitionSource = value;
    else if (field == QLatin1String("contact_time"))
        o.preferredContactTime = value;
    else if (field == QLatin1String("birth_date"))
        o.birthDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("tags"))
        o.tags = {value};
    else if (field == QLatin1String("preferred_language"))
        o.preferredLanguage = value;
    else if (field == QLatin1String("name"))
        o.firstName = value;
    const QStringList problems = Validation::problemsWith(o, QDate(2026, 11, 24));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(field + QLatin1Char(':')), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(value), qPrintable(problems.first()));
}

void TestDomainBasics::activityProblemsNameTheField()
{
    const QDate today(2026, 11, 24);
    Pet pet;
    pet.species = QStringLiteral("dragon");
    pet.sex = QStringLiteral("X");
    pet.birthDate = today.addDays(1);
    QCOMPARE(Validation::problemsWith(pet, today).size(), 5); // owner, name, species, sex, date

    Appointment appointment;
    appointment.status = QStringLiteral("done");
    QCOMPARE(Validation::problemsWith(appointment).size(), 3);

    Order order;
    order.total = -1;
    order.paymentStatus = QStringLiteral("free");
    QCOMPARE(Validation::problemsWith(order).size(), 4);

    Invoice invoice;
    invoice.status = QStringLiteral("open");
    QCOMPARE(Validation::problemsWith(invoice).size(), 3);

    Conversation conversation;
    conversation.channel = QStringLiteral("fax");
    QCOMPARE(Validation::problemsWith(conversation).size(), 3);

    Interaction interaction;
    interaction.ownerId = 1;
    interaction.createdAt = QDateTime::currentDateTimeUtc();
    interaction.interactionType = QStringLiteral("telegram");
    interaction.direction = QStringLiteral("sideways");
    interaction.sentiment = QStringLiteral("angry");
    interaction.requiresFollowUp = true; // with no date: the old system allowed it, so do we
    const QStringList problems = Validation::problemsWith(interaction);
    QCOMPARE(problems.size(), 3);
    QVERIFY(!problems.join(QLatin1Char(' ')).contains(QStringLiteral("follow_up_date")));

    Staff staff;
    staff.role = QStringLiteral("boss");
    QCOMPARE(Validation::problemsWith(staff).size(), 2);
}

void TestDomainBasics::identityIsSharedByBothPrograms()
{
    AppIdentity::apply();
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("huellas"));
    QCOMPARE(QCoreApplication::applicationVersion(), AppIdentity::version());
    QVERIFY(AppIdentity::version().count(QLatin1Char('.')) == 2);
}

QTEST_GUILESS_MAIN(TestDomainBasics)
#include "TestDomainBasics.moc"
