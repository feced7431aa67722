#include "storage/ActivityRepository.h"
#include "storage/OwnerListQuery.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "core/TextFolding.h"
#include "support/TestDatabase.h"

#include <QTest>

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

private:
    int matches(const OwnerListCriteria& criteria)
    {
        auto n = OwnerListQuery::count(m_db->get(), OwnerListQuery::filterFor(criteria));
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

QTEST_GUILESS_MAIN(TestOwnerListQuery)
#include "TestOwnerListQuery.moc"
