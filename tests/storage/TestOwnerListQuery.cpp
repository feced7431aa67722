#include "storage/ActivityRepository.h"
#include "storage/DemoDataGenerator.h"
#include "storage/Migrations.h"
#include "core/PhoneNumbers.h"
#include "storage/OwnerListQuery.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "core/TextFolding.h"
#include "support/TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTemporaryDir>

using namespace huellas;

class TestOwnerListQuery final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void findsAPhoneTypedInAnyFormat_data();
    void findsAPhoneTypedInAnyFormat();
    void findsNamesIgnoringAccentsAndCase_data();
    void findsNamesIgnoringAccentsAndCase();
    void findsByEmailAndTag();
    void likeWildcardsInTheSearchAreLiteral();
    void quickFiltersNarrowTheList();
    void followUpPendingFindsOpenFollowUps();
    void restrictionCombinesWithTheSearch();
    void listsPlacesInUse();
    void storedSearchNameFollowsEveryNameChange();
    void searchIndexFindsWhatReadingEveryRowFinds_data();
    void searchIndexFindsWhatReadingEveryRowFinds();
    void searchIndexFollowsEveryEdit();
    void nameOrderIgnoresAccentsAndCaseAndGoesByLastName();
    void tagsColumnFollowsTagChanges();
    void aSchemaTwoDatabaseGainsTheIndexesWhenOpened();

private:
    int matches(const OwnerListCriteria& criteria)
    {
        auto n = OwnerListQuery::count(m_db->get(), *OwnerListQuery::filterFor(m_db->get(), criteria));
        if (!n)
            qFatal("%s", qPrintable(n.error()));
        return *n;
    }
    int matchesText(const QString& text)
    {
        OwnerListCriteria c;
        c.text = text;
        return matches(c);
    }
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_ana = 0;
};

void TestOwnerListQuery::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    Owner ana;
    ana.firstName = QStringLiteral("Ana María");
    ana.lastName = QStringLiteral("Peña Canul");
    ana.phone = QStringLiteral("+529981234567");
    ana.email = QStringLiteral("ana.pena@gmail.com");
    ana.tier = QStringLiteral("vip");
    ana.neighborhood = QStringLiteral("Pescadores");
    ana.emailOptIn = true;
    ana.tags = {QStringLiteral("dog-owner"), QStringLiteral("premium")};
    QVERIFY(OwnerRepository(m_db->get()).save(ana).ok());
    m_ana = ana.id;
    Owner jose;
    jose.firstName = QStringLiteral("José");
    jose.lastName = QStringLiteral("Ñeco");
    jose.whatsapp = QStringLiteral("+529987654321");
    jose.city = QStringLiteral("Cancún");
    jose.neighborhood = QStringLiteral("Centro");
    jose.acquisitionSource = QStringLiteral("google");
    jose.whatsappOptIn = false;
    jose.tags = {QStringLiteral("cat-owner")};
    QVERIFY(OwnerRepository(m_db->get()).save(jose).ok());
    Owner percent;
    percent.firstName = QStringLiteral("100%");
    percent.lastName = QStringLiteral("Mascotas_SA");
    QVERIFY(OwnerRepository(m_db->get()).save(percent).ok());
}

void TestOwnerListQuery::findsAPhoneTypedInAnyFormat_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("spaced") << "998 123 4567";
    QTest::newRow("international") << "+52 998 123 4567";
    QTest::newRow("plain") << "9981234567";
    QTest::newRow("partial as typed") << "998 123 45";
    QTest::newRow("dashes") << "998-123-4567";
}

void TestOwnerListQuery::findsAPhoneTypedInAnyFormat()
{
    QFETCH(QString, typed);
    QCOMPARE(matchesText(typed), 1);
    QCOMPARE(matchesText(QStringLiteral("998 765 4321")), 1); // the WhatsApp number
    QCOMPARE(matchesText(QStringLiteral("555 000 0000")), 0);
}

void TestOwnerListQuery::findsNamesIgnoringAccentsAndCase_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected");
    QTest::newRow("without accent") << "jose" << 1;
    QTest::newRow("with accent") << "José" << 1;
    QTest::newRow("enye folded") << "neco" << 1;
    QTest::newRow("upper case") << "PEÑA" << 1;
    QTest::newRow("two words anywhere") << "ana canul" << 1;
    QTest::newRow("no match") << "ana ñeco" << 0;
}

void TestOwnerListQuery::findsNamesIgnoringAccentsAndCase()
{
    QFETCH(QString, typed);
    QFETCH(int, expected);
    QCOMPARE(matchesText(typed), expected);
}

void TestOwnerListQuery::findsByEmailAndTag()
{
    QCOMPARE(matchesText(QStringLiteral("ana.pena@")), 1);
    QCOMPARE(matchesText(QStringLiteral("premium")), 1);
    QCOMPARE(matchesText(QStringLiteral("owner")), 2); // dog-owner and cat-owner
}

void TestOwnerListQuery::likeWildcardsInTheSearchAreLiteral()
{
    QCOMPARE(matchesText(QStringLiteral("%")), 1);
    QCOMPARE(matchesText(QStringLiteral("_sa")), 1);
    QCOMPARE(matchesText(QStringLiteral("' OR 1=1 --")), 0);
}

void TestOwnerListQuery::quickFiltersNarrowTheList()
{
    OwnerListCriteria c;
    QVERIFY(c.isEmpty());
    QCOMPARE(matches(c), 3);
    c.tier = QStringLiteral("vip");
    QVERIFY(!c.isEmpty());
    QCOMPARE(matches(c), 1);
    c = {};
    c.city = QStringLiteral("Cancún");
    QCOMPARE(matches(c), 1);
    c = {};
    c.neighborhood = QStringLiteral("Pescadores");
    c.emailOptIn = true;
    QCOMPARE(matches(c), 1);
    c = {};
    c.whatsappOptIn = false;
    QCOMPARE(matches(c), 1);
    c = {};
    c.smsOptIn = true;
    QCOMPARE(matches(c), 0);
    c = {};
    c.acquisitionSource = QStringLiteral("google");
    c.churnRisk = QStringLiteral("low");
    QCOMPARE(matches(c), 1);
}

void TestOwnerListQuery::followUpPendingFindsOpenFollowUps()
{
    OwnerListCriteria c;
    c.followUpPending = true;
    QCOMPARE(matches(c), 0);
    Interaction i;
    i.ownerId = m_ana;
    i.requiresFollowUp = true;
    i.followUpDate = QDate(2026, 11, 30);
    QVERIFY(ActivityRepository(m_db->get()).save(i).ok());
    QCOMPARE(matches(c), 1);
    QVERIFY(ActivityRepository(m_db->get()).setFollowUpCompleted(i.id, true).ok());
    QCOMPARE(matches(c), 0);
}

void TestOwnerListQuery::restrictionCombinesWithTheSearch()
{
    OwnerListCriteria c;
    c.restriction = OwnerFilter{QStringLiteral("o.tier = :p0"), {{QStringLiteral(":p0"), QStringLiteral("new")}}};
    QCOMPARE(matches(c), 2);
    c.text = QStringLiteral("jose");
    QCOMPARE(matches(c), 1);
}

void TestOwnerListQuery::listsPlacesInUse()
{
    QCOMPARE(*OwnerListQuery::valuesInUse(m_db->get(), OwnerListQuery::Facet::City),
             (QStringList{QStringLiteral("Cancún"), QStringLiteral("Puerto Morelos")}));
    QCOMPARE(*OwnerListQuery::valuesInUse(m_db->get(), OwnerListQuery::Facet::Neighborhood),
             (QStringList{QStringLiteral("Centro"), QStringLiteral("Pescadores")}));

    // The places are sought in the index from one to the next: the same answer as reading
    // every owner, with a neighbourhood of no city, one in two cities, and cities with none.
    const auto place = [this](const char* city, const char* neighborhood) {
        Owner owner;
        owner.firstName = QStringLiteral("Vecino");
        owner.city = QString::fromUtf8(city);
        owner.neighborhood = QString::fromUtf8(neighborhood);
        QVERIFY(OwnerRepository(m_db->get()).save(owner).ok());
    };
    place("", "Sin ciudad");
    place("Playa del Carmen", "Centro");
    place("Playa del Carmen", "Ejido");
    place("Playa del Carmen", "Ejido");
    place("Tulum", "");
    place("", "");
    place("Cancún", "Álamos");
    const auto readingEveryOwner = [this](const char* column) {
        return test::column(m_db->get(), QStringLiteral("SELECT DISTINCT %1 FROM owners WHERE %1 <> '' "
                                                        "ORDER BY %1").arg(QLatin1String(column)));
    };
    QCOMPARE(*OwnerListQuery::valuesInUse(m_db->get(), OwnerListQuery::Facet::City), readingEveryOwner("city"));
    QCOMPARE(*OwnerListQuery::valuesInUse(m_db->get(), OwnerListQuery::Facet::Neighborhood),
             readingEveryOwner("neighborhood"));
    QCOMPARE(OwnerListQuery::valuesInUse(m_db->get(), OwnerListQuery::Facet::Neighborhood)->size(), 5);
}

void TestOwnerListQuery::storedSearchNameFollowsEveryNameChange()
{
    // The database folds names with SQL (migration 002); it must agree with TextFolding::fold.
    const auto stored = [this](qint64 id) {
        return Sql::scalar(m_db->get().connection(), QStringLiteral("SELECT search_name FROM owners WHERE id = :id"),
                           {{QStringLiteral(":id"), id}})->toString();
    };
    QCOMPARE(stored(m_ana), TextFolding::fold(QStringLiteral("Ana María Peña Canul")));
    QCOMPARE(stored(m_ana), QStringLiteral("ana maria pena canul"));
    Owner ana = *OwnerRepository(m_db->get()).find(m_ana);
    ana.firstName = QStringLiteral("ÁNGELA ÚRSULA");
    ana.lastName = QStringLiteral("Güémez Ibáñez");
    QVERIFY(OwnerRepository(m_db->get()).save(ana).ok());
    QCOMPARE(stored(m_ana), TextFolding::fold(ana.displayName()));
    QCOMPARE(matchesText(QStringLiteral("guemez ibanez")), 1);
    QCOMPARE(matchesText(QStringLiteral("angela")), 1);
}

namespace {

QList<qint64> idsOf(Database& db, const OwnerFilter& filter)
{
    QList<qint64> ids;
    auto page = OwnerListQuery::page(db, filter, OwnerListSort::Name, Qt::AscendingOrder, 0, 1'000'000);
    if (!page)
        qFatal("%s", qPrintable(page.error()));
    for (const OwnerListRow& row : *page)
        ids << row.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The search's meaning, read off every row in C++: each word is in the folded name, the email
// (ASCII case ignored, as LIKE does) or a tag; a mostly-digits search is in one of the phones.
QList<qint64> expectedMatches(Database& db, const QString& text)
{
    QList<qint64> ids;
    auto rows = Sql::exec(db.connection(), QStringLiteral(
        "SELECT o.id, o.first_name || ' ' || o.last_name, o.email, o.phone, o.whatsapp, o.phone_secondary, "
        "(SELECT group_concat(tag, ' ') FROM owner_tags t WHERE t.owner_id = o.id) FROM owners o"));
    const QString digits = PhoneNumbers::searchDigits(text);
    const bool phone = digits.size() >= 3 && digits.size() * 2 >= text.trimmed().size();
    while (rows->next()) {
        bool all = true;
        if (phone) {
            all = rows->value(3).toString().contains(digits) || rows->value(4).toString().contains(digits)
                || rows->value(5).toString().contains(digits);
        } else {
            const QString name = TextFolding::fold(rows->value(1).toString().trimmed());
            const QString email = rows->value(2).toString();
            const QStringList tags = rows->value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString folded = TextFolding::fold(word);
                const bool inTag = std::any_of(tags.cbegin(), tags.cend(), [&](const QString& tag) {
                    return tag.contains(folded, Qt::CaseInsensitive);
                });
                if (!name.contains(folded) && !email.contains(folded, Qt::CaseInsensitive) && !inTag)
                    all = false;
            }
        }
        if (all)
            ids << rows->value(0).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

void TestOwnerListQuery::searchIndexFindsWhatReadingEveryRowFinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("indexLimit");
    for (const char* text : {"jose", "JOSÉ", "ana canul", "mar", "ma", "a", "pe", "gmail", "@hotmail.com", "dog-owner",
                             "g-own", "vip", "owner cat", "998", "998 1", "(998) 12", "+52 998", "zzzz", "an ez",
                             "o'", "\"quoted\"", "a\"b", "100%", "{name}", "x:y", "* ", "NEAR(", "ñ", "garcía lópez"})
    {
        // Through the index's ids, and (a limit of 0: every match is "too many") on each row.
        QTest::addRow("%s, index", text) << QString::fromUtf8(text) << 1'000'000;
        QTest::addRow("%s, rows", text) << QString::fromUtf8(text) << 0;
        QTest::addRow("%s, default", text) << QString::fromUtf8(text) << 5000;
    }
}

void TestOwnerListQuery::searchIndexFindsWhatReadingEveryRowFinds()
{
    // Demo owners: real names with accents, emails, tags and phones in every format.
    static std::unique_ptr<test::TestDatabase> demo;
    if (!demo) {
        demo = std::make_unique<test::TestDatabase>();
        DemoOptions options;
        options.owners = 400;
        options.seed = 7;
        QVERIFY(DemoDataGenerator(demo->get()).generate(options).ok());
    }
    QFETCH(QString, text);
    QFETCH(int, indexLimit);
    OwnerListCriteria criteria;
    criteria.text = text;
    const OwnerFilter filter = *OwnerListQuery::filterFor(demo->get(), criteria, indexLimit);
    const QList<qint64> found = idsOf(demo->get(), filter);
    QCOMPARE(found, expectedMatches(demo->get(), text));
    auto count = OwnerListQuery::count(demo->get(), filter);
    // Each way was really taken: ids from the index, or the test on every row.
    if (indexLimit == 0 && !found.isEmpty())
        QVERIFY(!filter.condition.contains(QLatin1String("owner_search")));
    if (indexLimit == 1'000'000 && text.trimmed().size() >= 3 && !text.contains(QLatin1Char(' ')))
        QVERIFY(filter.condition.contains(QLatin1String("owner_search")));
    QCOMPARE(*count, int(found.size()));
}

void TestOwnerListQuery::searchIndexFollowsEveryEdit()
{
    OwnerRepository owners(m_db->get());
    Owner ana = *owners.find(m_ana);
    QCOMPARE(matchesText(QStringLiteral("pena@gmail")), 1);
    ana.email = QStringLiteral("ana@ejemplo.mx");
    ana.phone = QStringLiteral("+529985550000");
    ana.tags = {QStringLiteral("exotic")};
    ana.lastName = QStringLiteral("Dzul");
    QVERIFY(owners.save(ana).ok());
    QCOMPARE(matchesText(QStringLiteral("pena@gmail")), 0);
    QCOMPARE(matchesText(QStringLiteral("ejemplo")), 1);
    QCOMPARE(matchesText(QStringLiteral("998 555")), 1);
    QCOMPARE(matchesText(QStringLiteral("998 123")), 0);
    QCOMPARE(matchesText(QStringLiteral("exotic")), 1);
    QCOMPARE(matchesText(QStringLiteral("premium")), 0);
    QCOMPARE(matchesText(QStringLiteral("dzul")), 1);
    QCOMPARE(matchesText(QStringLiteral("canul")), 0);
    QVERIFY(owners.remove(m_ana).ok());
    QCOMPARE(matchesText(QStringLiteral("ejemplo")), 0);
    auto indexed = Sql::scalar(m_db->get().connection(), QStringLiteral("SELECT count(*) FROM owner_search"));
    QCOMPARE(indexed->toInt(), 2);
}

void TestOwnerListQuery::nameOrderIgnoresAccentsAndCaseAndGoesByLastName()
{
    test::TestDatabase db;
    const QStringList lastNames{QStringLiteral("zapata"), QStringLiteral("Ávila"), QStringLiteral("Alonso"),
                                QStringLiteral("Pérez Canul"), QStringLiteral("Pérez"), QStringLiteral("ÁLVAREZ")};
    for (const QString& last : lastNames) {
        Owner owner;
        owner.firstName = last == QStringLiteral("Pérez") ? QStringLiteral("Zoe") : QStringLiteral("Ana");
        owner.lastName = last;
        QVERIFY(OwnerRepository(*db).save(owner).ok());
    }
    auto rows = OwnerListQuery::page(*db, {}, OwnerListSort::Name, Qt::AscendingOrder, 0, 100);
    QStringList names;
    for (const OwnerListRow& row : *rows)
        names << row.name;
    // Two keys, last name first: "Pérez, Zoe" before "Pérez Canul, Ana".
    QCOMPARE(names, (QStringList{QStringLiteral("Ana Alonso"), QStringLiteral("Ana ÁLVAREZ"), QStringLiteral("Ana Ávila"),
                                 QStringLiteral("Zoe Pérez"), QStringLiteral("Ana Pérez Canul"),
                                 QStringLiteral("Ana zapata")}));
    rows = OwnerListQuery::page(*db, {}, OwnerListSort::Name, Qt::DescendingOrder, 0, 2);
    QCOMPARE(rows->first().name, QStringLiteral("Ana zapata"));
}

void TestOwnerListQuery::tagsColumnFollowsTagChanges()
{
    OwnerRepository owners(m_db->get());
    const auto tagsShown = [this] {
        OwnerListCriteria c;
        c.text = QStringLiteral("ana.pena");
        auto rows = OwnerListQuery::page(m_db->get(), *OwnerListQuery::filterFor(m_db->get(), c),
                                         OwnerListSort::Tags, Qt::AscendingOrder, 0, 10);
        return rows->isEmpty() ? QStringLiteral("<none>") : rows->first().tags;
    };
    QCOMPARE(tagsShown(), QStringLiteral("dog-owner premium"));
    Owner ana = *owners.find(m_ana);
    ana.tags = {QStringLiteral("vip-club"), QStringLiteral("a-list"), QStringLiteral("dog-owner")};
    QVERIFY(owners.save(ana).ok());
    QCOMPARE(tagsShown(), QStringLiteral("a-list dog-owner vip-club"));
    ana.tags = {};
    QVERIFY(owners.save(ana).ok());
    QCOMPARE(tagsShown(), QString());
    // The tags order: owners without tags first, then by their sorted tag text.
    auto rows = OwnerListQuery::page(m_db->get(), {}, OwnerListSort::Tags, Qt::DescendingOrder, 0, 10);
    QCOMPARE(rows->first().tags, QStringLiteral("cat-owner"));
}

void TestOwnerListQuery::aSchemaTwoDatabaseGainsTheIndexesWhenOpened()
{
    // A file written by the previous version: schemas 1 and 2 only, with an owner and tags.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL "
                                      "DEFAULT CURRENT_TIMESTAMP)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        const QStringList scripts = Migrations::scripts(*makeSqliteDialect());
        for (int version = 1; version <= 2; ++version) {
            for (const QString& statement : Migrations::statements(*makeSqliteDialect(), scripts.at(version - 1)))
                QVERIFY2(q.exec(statement), qPrintable(statement.left(80)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version)));
        }
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO owners (id, external_id, first_name, last_name, email, phone, created_at, updated_at) "
                                       "VALUES (1, 'o1', 'Íñigo', 'Ñúñez', 'inigo@x.mx', '+529981112222', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO owner_tags (owner_id, tag) VALUES (1, 'vip'), (1, 'cat-owner')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    auto rows = OwnerListQuery::page(**db, {}, OwnerListSort::Name, Qt::AscendingOrder, 0, 10);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().tags, QStringLiteral("cat-owner vip"));
    for (const char* text : {"inigo nunez", "x.mx", "cat-own", "998 111"}) {
        OwnerListCriteria c;
        c.text = QString::fromUtf8(text);
        QCOMPARE(*OwnerListQuery::count(**db, *OwnerListQuery::filterFor(**db, c)), 1);
    }
}

QTEST_GUILESS_MAIN(TestOwnerListQuery)
#include "TestOwnerListQuery.moc"
