#include "support/TestDatabase.h"

#include "core/Choices.h"
#include "storage/Database.h"
#include "storage/DemoDataGenerator.h"
#include "storage/OwnerCsvExporter.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace huellas;
using huellas::test::column;

namespace {

const QDate today(2026, 11, 24);
constexpr int owners = 300;

QVariant scalar(Database& db, const QString& sql, const QVariantMap& params = {})
{
    auto value = Sql::scalar(db.connection(), sql, params);
    if (!value)
        qFatal("%s", qPrintable(value.error()));
    return *value;
}

qint64 number(Database& db, const QString& sql, const QVariantMap& params = {})
{
    return scalar(db, sql, params).toLongLong();
}

DemoSummary generate(Database& db, int count, quint64 seed)
{
    DemoOptions options;
    options.owners = count;
    options.seed = seed;
    options.today = today;
    auto summary = DemoDataGenerator(db).generate(options);
    if (!summary)
        qFatal("demo data: %s", qPrintable(summary.error()));
    return *summary;
}

QByteArray exportedOwners(Database& db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows = OwnerCsvExporter(db).write(buffer);
    if (!rows)
        qFatal("%s", qPrintable(rows.error()));
    return buffer.data();
}

// Every column of every row, in id order: what "identical data" means beyond owners.csv.
QByteArray dumpOf(Database& db, const QString& table)
{
    auto query =
        Sql::exec(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
    if (!query)
        qFatal("%s", qPrintable(query.error()));
    QByteArray dump;
    while (query->next()) {
        for (int i = 0; i < query->record().count(); ++i)
            dump += query->value(i).toString().toUtf8() + '\x1f';
        dump += '\n';
    }
    return dump;
}

const QStringList dataTables{
    QStringLiteral("owners"),        QStringLiteral("owner_tags"),   QStringLiteral("pets"),
    QStringLiteral("appointments"),  QStringLiteral("orders"),       QStringLiteral("invoices"),
    QStringLiteral("conversations"), QStringLiteral("interactions"), QStringLiteral("staff")};

} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sameSeedGivesIdenticalData();
    void differentSeedGivesDifferentData();
    void summaryCountsTheStoredRows();
    void everyChoiceOccurs_data();
    void everyChoiceOccurs();
    void phonesAreCancunNumbersInE164();
    void namesAreSpanishWithAccentsAndTwoSurnames();
    void emailsAreFoldedFromTheNames();
    void mostOwnersLiveInPuertoMorelos();
    void referralsPointToEarlierOwners();
    void referralsMadeCountsTheReferredOwners();
    void interactionsLinkToTheOwnersRecords();
    void followUpsAreDueTodayOverdueAndDone(); // and some have no date
    void lifetimeValueIsThePaidOrdersAndInvoices();
    void historySpansThreeYearsAndThirtyDaysAhead();
    void ownersAreCreatedBeforeTheirActivity();
    void speciesTagsAgreeWithLivePets();
    void moneyIsRealisticPesos();
    void staffIsCreatedOnceAndReused();
    void runningTwiceAddsOwners();
    void externalIdsSkipThoseAlreadyTaken();
    void emptyRunOnlyAddsStaff();

private:
    std::unique_ptr<test::TestDatabase> m_db; // 300 owners, seed 7, shared by the read-only tests
    DemoSummary m_summary;
};

void TestDemoDataGenerator::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_summary = generate(m_db->get(), owners, 7);
}

void TestDemoDataGenerator::sameSeedGivesIdenticalData()
{
    test::TestDatabase first;
    test::TestDatabase second;
    generate(*first, 120, 42);
    generate(*second, 120, 42);
    QCOMPARE(exportedOwners(*first), exportedOwners(*second));
    for (const QString& table : dataTables)
        QVERIFY2(dumpOf(*first, table) == dumpOf(*second, table), qPrintable(table));
}

void TestDemoDataGenerator::differentSeedGivesDifferentData()
{
    test::TestDatabase first;
    test::TestDatabase second;
    generate(*first, 120, 42);
    generate(*second, 120, 43);
    QVERIFY(exportedOwners(*first) != exportedOwners(*second));
    QVERIFY(dumpOf(*first, QStringLiteral("interactions")) !=
            dumpOf(*second, QStringLiteral("interactions")));
}

void TestDemoDataGenerator::summaryCountsTheStoredRows()
{
    Database& db = m_db->get();
    QCOMPARE(m_summary.owners, owners);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM owners")), m_summary.owners);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM pets")), m_summary.pets);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM appointments")),
             m_summary.appointments);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM orders")), m_summary.orders);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM invoices")), m_summary.invoices);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM conversations")),
             m_summary.conversations);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM interactions")),
             m_summary.interactions);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM staff")), m_summary.staff);
    // One to four pets each, and a history worth looking at.
    QVERIFY(m_summary.pets >= owners && m_summary.pets <= 4 * owners);
    QVERIFY(m_summary.appointments > 2 * owners);
    QVERIFY(m_summary.interactions > 5 * owners);
}

void TestDemoDataGenerator::everyChoiceOccurs_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<int>("list");
    const auto row = [](const char* name, const char* table, const char* column, ChoiceList list) {
        QTest::newRow(name) << QString::fromLatin1(table) << QString::fromLatin1(column)
                            << int(list);
    };
    row("interaction type", "interactions", "interaction_type", ChoiceList::InteractionType);
    row("direction", "interactions", "direction", ChoiceList::Direction);
    row("sentiment", "interactions", "sentiment", ChoiceList::Sentiment);
    row("species", "pets", "species", ChoiceList::Species);
    row("pet sex", "pets", "sex", ChoiceList::PetSex);
    row("tier", "owners", "tier", ChoiceList::Tier);
    row("acquisition source", "owners", "acquisition_source", ChoiceList::AcquisitionSource);
    row("contact time", "owners", "preferred_contact_time", ChoiceList::ContactTime);
    row("appointment status", "appointments", "status", ChoiceList::AppointmentStatus);
    row("payment status", "orders", "payment_status", ChoiceList::PaymentStatus);
    row("invoice status", "invoices", "status", ChoiceList::InvoiceStatus);
    row("conversation channel", "conversations", "channel", ChoiceList::ConversationChannel);
}

void TestDemoDataGenerator::everyChoiceOccurs()
{
    QFETCH(QString, table);
    QFETCH(QString, columnName);
    QFETCH(int, list);
    const QStringList stored =
        column(m_db->get(), QStringLiteral("SELECT DISTINCT %1 FROM %2").arg(columnName, table));
    for (const QString& key : choiceKeys(ChoiceList(list)))
        QVERIFY2(stored.contains(key), qPrintable(key));
}

void TestDemoDataGenerator::phonesAreCancunNumbersInE164()
{
    Database& db = m_db->get();
    const QRegularExpression e164(QStringLiteral("^\\+52998\\d{7}$"));
    const QStringList phones =
        column(db, QStringLiteral("SELECT phone FROM owners UNION ALL SELECT phone_secondary FROM "
                                  "owners WHERE phone_secondary <> '' "
                                  "UNION ALL SELECT whatsapp FROM owners WHERE whatsapp <> ''"));
    QVERIFY(phones.size() > owners);
    for (const QString& phone : phones)
        QVERIFY2(e164.match(phone).hasMatch(), qPrintable(phone));
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM owners WHERE whatsapp = phone")) >
            owners / 2);
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM owners WHERE phone_secondary <> ''")) >
            0);
}

void TestDemoDataGenerator::namesAreSpanishWithAccentsAndTwoSurnames()
{
    Database& db = m_db->get();
    const QStringList names =
        column(db, QStringLiteral("SELECT first_name || ' ' || last_name FROM owners"));
    const QRegularExpression accented(QStringLiteral("[áéíóúüñÁÉÍÓÚÑ]"));
    qsizetype withAccent = 0;
    for (const QString& name : names)
        withAccent += name.contains(accented) ? 1 : 0;
    QVERIFY2(withAccent > owners / 5, qPrintable(QString::number(withAccent)));
    const qint64 twoSurnames =
        number(db, QStringLiteral("SELECT count(*) FROM owners WHERE last_name LIKE '% %'"));
    QVERIFY(twoSurnames > owners * 8 / 10);
    QVERIFY(
        number(db, QStringLiteral(
                       "SELECT count(*) FROM owners WHERE first_name = '' OR last_name = ''")) ==
        0);
}

void TestDemoDataGenerator::emailsAreFoldedFromTheNames()
{
    Database& db = m_db->get();
    const QRegularExpression address(
        QStringLiteral("^[a-z0-9._]+@(gmail\\.com|hotmail\\.com|outlook\\.com|yahoo\\.com\\.mx)$"));
    const QStringList emails =
        column(db, QStringLiteral("SELECT email FROM owners WHERE email <> ''"));
    QVERIFY(emails.size() > owners / 2);
    QVERIFY(emails.size() < owners); // some owners give no e-mail
    for (const QString& email : emails)
        QVERIFY2(address.match(email).hasMatch(), qPrintable(email));
    QVERIFY(number(db, QStringLiteral(
                           "SELECT count(*) FROM owners WHERE email = '' AND email_opt_in = 1")) ==
            0);
}

void TestDemoDataGenerator::mostOwnersLiveInPuertoMorelos()
{
    Database& db = m_db->get();
    const qint64 local =
        number(db, QStringLiteral("SELECT count(*) FROM owners WHERE city = 'Puerto Morelos' AND "
                                  "postal_code IN ('77580', '')"));
    QVERIFY(local > owners * 7 / 10);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM owners WHERE city = 'Cancún' AND "
                                       "CAST(postal_code AS INTEGER) NOT BETWEEN 77500 AND 77539")),
             0);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM owners WHERE neighborhood = '' "
                                       "OR street_address = ''")),
             0);
    QVERIFY(number(db, QStringLiteral(
                           "SELECT count(*) FROM owners WHERE preferred_language = 'en'")) > 0);
    QVERIFY(
        number(db, QStringLiteral("SELECT count(*) FROM owners WHERE preferred_language = 'es'")) >
        owners * 8 / 10);
}

void TestDemoDataGenerator::referralsPointToEarlierOwners()
{
    Database& db = m_db->get();
    const qint64 referred =
        number(db, QStringLiteral("SELECT count(*) FROM owners WHERE referred_by IS NOT NULL"));
    QVERIFY2(referred > owners / 12 && referred < owners / 4,
             qPrintable(QString::number(referred)));
    // Referrers are always earlier owners, so there can be no cycle.
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM owners WHERE referred_by >= id")), 0);
    QCOMPARE(number(db, QStringLiteral(
                            "SELECT count(*) FROM owners o JOIN owners r ON r.id = o.referred_by "
                            "WHERE r.created_at >= o.created_at")),
             0);
    QCOMPARE(
        number(db, QStringLiteral("SELECT count(*) FROM owners WHERE (referred_by IS NOT NULL) <> "
                                  "(acquisition_source = 'referral')")),
        0);
}

void TestDemoDataGenerator::referralsMadeCountsTheReferredOwners()
{
    Database& db = m_db->get();
    QCOMPARE(
        number(db, QStringLiteral("SELECT count(*) FROM owners o WHERE referrals_made <> "
                                  "(SELECT count(*) FROM owners r WHERE r.referred_by = o.id)")),
        0);
    QVERIFY(number(db, QStringLiteral("SELECT max(referrals_made) FROM owners")) >= 1);
    // The referrer's record notes each recommendation.
    QCOMPARE(
        number(db, QStringLiteral(
                       "SELECT count(*) FROM interactions WHERE interaction_type = 'referral'")),
        number(db, QStringLiteral("SELECT count(*) FROM owners WHERE referred_by IS NOT NULL")));
}

void TestDemoDataGenerator::interactionsLinkToTheOwnersRecords()
{
    Database& db = m_db->get();
    for (const char* link :
         {"pet_id", "appointment_id", "order_id", "conversation_id", "handled_by"})
        QVERIFY2(number(db, QStringLiteral("SELECT count(*) FROM interactions WHERE %1 IS NOT NULL")
                                .arg(QLatin1String(link))) > 0,
                 link);
    // A link never points at another owner's record.
    QCOMPARE(number(db, QStringLiteral(
                            "SELECT count(*) FROM interactions i "
                            "LEFT JOIN pets p ON p.id = i.pet_id LEFT JOIN appointments a ON a.id "
                            "= i.appointment_id "
                            "LEFT JOIN orders o ON o.id = i.order_id LEFT JOIN conversations c ON "
                            "c.id = i.conversation_id "
                            "WHERE i.interaction_type <> 'referral' AND (p.owner_id <> i.owner_id "
                            "OR a.owner_id <> i.owner_id OR o.owner_id <> i.owner_id OR c.owner_id "
                            "<> i.owner_id)")),
             0);
    QCOMPARE(number(db, QStringLiteral(
                            "SELECT count(*) FROM interactions WHERE subject = '' OR summary = '' "
                            "OR subject LIKE '%{%'")),
             0);
}

void TestDemoDataGenerator::followUpsAreDueTodayOverdueAndDone()
{
    Database& db = m_db->get();
    const QVariantMap day{{QStringLiteral(":today"), today.toString(Qt::ISODate)}};
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM interactions WHERE requires_follow_up = 1 "
                                  "AND follow_up_completed = 0 AND follow_up_date = :today"),
                   day) > 0);
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM interactions WHERE requires_follow_up = 1 "
                                  "AND follow_up_completed = 0 AND follow_up_date < :today"),
                   day) > 0);
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM interactions WHERE requires_follow_up = 1 "
                                  "AND follow_up_completed = 1"),
                   day) > 0);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM interactions WHERE "
                                       "requires_follow_up = 0 AND follow_up_date IS NOT NULL")),
             0);
    // Some follow-ups have no date, as in the old system's exports; some of those are open.
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM interactions WHERE "
                                      "requires_follow_up = 1 AND follow_up_completed = 0 "
                                      "AND follow_up_date IS NULL")) > 0);
}

void TestDemoDataGenerator::lifetimeValueIsThePaidOrdersAndInvoices()
{
    Database& db = m_db->get();
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM owners o WHERE lifetime_value <> "
                                       "coalesce((SELECT sum(total) FROM orders WHERE owner_id = "
                                       "o.id AND payment_status = 'paid'), 0) + "
                                       "coalesce((SELECT sum(total) FROM invoices WHERE owner_id = "
                                       "o.id AND status = 'paid'), 0)")),
             0);
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM owners WHERE lifetime_value > 0")) >
            owners / 2);
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM owners WHERE total_visits > 0")) >
            owners / 2);
    for (const char* risk : {"low", "medium", "high"})
        QVERIFY2(number(db, QStringLiteral("SELECT count(*) FROM owners WHERE churn_risk = :r"),
                        {{QStringLiteral(":r"), QLatin1String(risk)}}) > 0,
                 risk);
}

void TestDemoDataGenerator::historySpansThreeYearsAndThirtyDaysAhead()
{
    Database& db = m_db->get();
    // Local dates: the clinic is at UTC−5.
    const auto localDay = [&db](const char* sql) {
        return QDate::fromString(scalar(db, QLatin1String(sql)).toString(), Qt::ISODate);
    };
    const QDate start = today.addYears(-3);
    QVERIFY(localDay("SELECT min(date(created_at, '-5 hours')) FROM owners") >= start);
    QVERIFY(localDay("SELECT min(date(created_at, '-5 hours')) FROM owners") < start.addMonths(2));
    QVERIFY(localDay("SELECT max(date(created_at, '-5 hours')) FROM owners") <= today);
    QVERIFY(localDay("SELECT max(date(scheduled_at, '-5 hours')) FROM appointments") > today);
    QVERIFY(localDay("SELECT max(date(scheduled_at, '-5 hours')) FROM appointments") <=
            today.addDays(30));
    QVERIFY(localDay("SELECT max(date(scheduled_at, '-5 hours')) FROM appointments WHERE status IN "
                     "('completed', 'no_show')") <= today);
    QVERIFY(localDay("SELECT min(date(scheduled_at, '-5 hours')) FROM appointments WHERE status = "
                     "'scheduled'") >= today);
    for (const char* sql : {"SELECT max(date(created_at, '-5 hours')) FROM interactions",
                            "SELECT max(date(ordered_at, '-5 hours')) FROM orders",
                            "SELECT max(date(issued_at, '-5 hours')) FROM invoices",
                            "SELECT max(date(started_at, '-5 hours')) FROM conversations"})
        QVERIFY2(localDay(sql) <= today, sql);
}

void TestDemoDataGenerator::ownersAreCreatedBeforeTheirActivity()
{
    Database& db = m_db->get();
    const QStringList checks{
        QStringLiteral("SELECT count(*) FROM pets x JOIN owners o ON o.id = x.owner_id WHERE "
                       "x.birth_date > :today"),
        QStringLiteral("SELECT count(*) FROM appointments x JOIN owners o ON o.id = x.owner_id "
                       "WHERE x.scheduled_at <= o.created_at"),
        QStringLiteral("SELECT count(*) FROM orders x JOIN owners o ON o.id = x.owner_id WHERE "
                       "x.ordered_at <= o.created_at"),
        QStringLiteral("SELECT count(*) FROM invoices x JOIN owners o ON o.id = x.owner_id WHERE "
                       "x.issued_at <= o.created_at"),
        QStringLiteral("SELECT count(*) FROM conversations x JOIN owners o ON o.id = x.owner_id "
                       "WHERE x.started_at <= o.created_at"),
        QStringLiteral("SELECT count(*) FROM interactions x JOIN owners o ON o.id = x.owner_id "
                       "WHERE x.created_at <= o.created_at"),
        QStringLiteral("SELECT count(*) FROM owners WHERE updated_at < created_at"),
    };
    for (const QString& sql : checks)
        QVERIFY2(number(db, sql, {{QStringLiteral(":today"), today.toString(Qt::ISODate)}}) == 0,
                 qPrintable(sql));
}

void TestDemoDataGenerator::speciesTagsAgreeWithLivePets()
{
    Database& db = m_db->get();
    for (const char* pair : {"dog-owner:dog", "cat-owner:cat"}) {
        const QStringList parts = QString::fromLatin1(pair).split(QLatin1Char(':'));
        const qint64 disagreeing = number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM owners o WHERE "
                "EXISTS (SELECT 1 FROM owner_tags t WHERE t.owner_id = o.id AND t.tag = :tag) <> "
                "EXISTS (SELECT 1 FROM pets p WHERE p.owner_id = o.id AND p.species = :species AND "
                "p.deceased = 0)"),
            {{QStringLiteral(":tag"), parts[0]}, {QStringLiteral(":species"), parts[1]}});
        QVERIFY2(disagreeing == 0, pair);
    }
    QVERIFY(number(db, QStringLiteral("SELECT count(*) FROM pets WHERE deceased = 1")) > 0);
    QVERIFY(number(db, QStringLiteral("SELECT count(DISTINCT tag) FROM owner_tags")) >= 8);
}

void TestDemoDataGenerator::moneyIsRealisticPesos()
{
    Database& db = m_db->get();
    for (const char* table : {"orders", "invoices"}) {
        QVERIFY2(
            number(db, QStringLiteral("SELECT min(total) FROM %1").arg(QLatin1String(table))) >=
                8000,
            table);
        QVERIFY2(
            number(db, QStringLiteral("SELECT max(total) FROM %1").arg(QLatin1String(table))) <=
                450000,
            table);
    }
    // Mostly paid, as in a real till.
    QVERIFY(
        number(db, QStringLiteral("SELECT count(*) FROM orders WHERE payment_status = 'paid'")) *
            10 >
        number(db, QStringLiteral("SELECT count(*) FROM orders")) * 7);
}

void TestDemoDataGenerator::staffIsCreatedOnceAndReused()
{
    test::TestDatabase db;
    QVERIFY(Sql::exec(db->connection(), QStringLiteral("INSERT INTO staff (username, display_name) "
                                                       "VALUES ('recepcion1', 'Ya existía')")));
    QCOMPARE(generate(*db, 5, 1).staff, 3);
    QCOMPARE(generate(*db, 5, 1).staff, 0);
    QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM staff")), 4);
    QCOMPARE(
        scalar(*db, QStringLiteral("SELECT display_name FROM staff WHERE username = 'recepcion1'"))
            .toString(),
        QStringLiteral("Ya existía"));
    QCOMPARE(
        scalar(*db, QStringLiteral("SELECT role FROM staff WHERE username = 'gerente'")).toString(),
        QStringLiteral("manager"));
}

void TestDemoDataGenerator::runningTwiceAddsOwners()
{
    test::TestDatabase db;
    const DemoSummary first = generate(*db, 40, 3);
    const DemoSummary second = generate(*db, 40, 3);
    QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM owners")), 80);
    QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM interactions")),
             first.interactions + second.interactions);
    QCOMPARE(number(*db, QStringLiteral("SELECT count(DISTINCT phone) FROM owners")), 80);
    // The same seed on a database that has owners brings new people, not copies.
    QCOMPARE(number(*db, QStringLiteral(
                             "SELECT count(*) FROM owners a JOIN owners b ON b.id = a.id + 40 "
                             "WHERE a.first_name || a.last_name = b.first_name || b.last_name "
                             "AND a.phone = b.phone")),
             0);
}

void TestDemoDataGenerator::externalIdsSkipThoseAlreadyTaken()
{
    test::TestDatabase db;
    // An imported owner whose external id is the one the demo would give its third owner.
    QVERIFY(Sql::exec(
        db->connection(),
        QStringLiteral(
            "INSERT INTO owners (external_id, first_name, created_at, updated_at) "
            "VALUES ('HU-000003', 'Importado', '2026-01-01T12:00:00Z', '2026-01-01T12:00:00Z')")));
    generate(*db, 5, 1);
    QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM owners")), 6);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT external_id FROM owners WHERE id = 2")).toString(),
             QStringLiteral("HU-000002"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT external_id FROM owners WHERE id = 3")).toString(),
             QStringLiteral("HU-000003-2"));
    QCOMPARE(
        number(*db, QStringLiteral("SELECT count(*) FROM pets WHERE external_id NOT LIKE 'MA-%'")),
        0);
    QCOMPARE(
        number(*db, QStringLiteral(
                        "SELECT count(*) FROM interactions WHERE external_id NOT LIKE 'IN-%'")),
        0);
}

void TestDemoDataGenerator::emptyRunOnlyAddsStaff()
{
    test::TestDatabase db;
    const DemoSummary summary = generate(*db, 0, 1);
    QCOMPARE(summary.owners, 0);
    QCOMPARE(summary.staff, 4);
    QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM owners")), 0);
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "TestDemoDataGenerator.moc"
