#include "core/rules/RuleParser.h"
#include "core/rules/SegmentSlug.h"
#include "storage/OwnerListQuery.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "storage/segments/SegmentQuery.h"
#include "storage/segments/SegmentRepository.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace huellas;

namespace {

Segment segmentNamed(const QString& name, const QString& rules = QStringLiteral("{}"))
{
    Segment s;
    s.name = name;
    s.rulesJson = rules;
    return s;
}

qint64 addOwnerWithTier(Database& database, const QString& externalId, const QString& tier)
{
    Owner o;
    o.externalId = externalId;
    o.firstName = externalId;
    o.tier = tier;
    auto id = OwnerRepository(database).save(o);
    if (!id)
        qFatal("cannot save the owner: %s", qPrintable(id.error()));
    return *id;
}

int rowCount(Database& database, const QString& sql)
{
    auto n = Sql::scalar(database.connection(), sql);
    if (!n)
        qFatal("%s", qPrintable(n.error()));
    return n->toInt();
}

QStringList externalIdsIn(Database& database, const OwnerFilter& filter)
{
    const QString where =
        filter.condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filter.condition;
    auto query =
        Sql::exec(database.connection(),
                  QStringLiteral("SELECT o.external_id FROM owners o%1 ORDER BY o.id").arg(where),
                  filter.params);
    if (!query)
        qFatal("%s", qPrintable(query.error()));
    QStringList ids;
    while (query->next())
        ids << query->value(0).toString();
    return ids;
}

// Storage keeps whole seconds, so "now" is compared with a second of slack.
bool isAboutNow(const QDateTime& t, const QDateTime& before)
{
    return t.isValid() && t.timeSpec() == Qt::UTC && t >= before.addSecs(-1) &&
           t <= QDateTime::currentDateTimeUtc().addSecs(1);
}

} // namespace

class TestSegmentRepository final : public QObject
{
    Q_OBJECT

private slots:
    void createStoresCanonicalRulesCountAndTimes();
    void slugComesFromTheAccentFoldedName_data();
    void slugComesFromTheAccentFoldedName();
    void generatedSlugClashGetsTheNextNumber();
    void explicitSlugTakenByAnotherSegmentIsRefused();
    void explicitSlugMustBeASlug();
    void editKeepsItsSlugAndCreationDate();
    void nameIsRequired();
    void invalidRulesAreRefusedAndNothingIsStored();
    void removeDeletesOnlyThatSegment();
    void listIsByNameIgnoringAccentsAndCase();
    void findBySlugReportsAMissAsNoValue();
    void duplicateIsACopyWithItsOwnNameAndSlug();
    void updateAllCountsFollowsOwnerChanges();
    void updateCountRecountsOneSegment();
    void filterForSelectsExactlyTheMembers();
    void everyWriteIsAudited();
};

void TestSegmentRepository::createStoresCanonicalRulesCountAndTimes()
{
    test::TestDatabase db;
    addOwnerWithTier(*db, QStringLiteral("A"), QStringLiteral("vip"));
    addOwnerWithTier(*db, QStringLiteral("B"), QStringLiteral("regular"));
    addOwnerWithTier(*db, QStringLiteral("C"), QStringLiteral("vip"));
    SegmentRepository segments(*db);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Segment s =
        segmentNamed(QStringLiteral("  VIP  "), QStringLiteral(R"({ "tier" : ["vip", "vip"] })"));
    s.description = QStringLiteral("Clientes VIP");
    auto id = segments.save(s);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(s.id, *id);
    QCOMPARE(s.name, QStringLiteral("VIP"));
    QCOMPARE(s.slug, QStringLiteral("vip"));
    QCOMPARE(s.rulesJson, QStringLiteral(R"({"tier":["vip"]})"));
    QCOMPARE(s.memberCount, 2);
    QVERIFY(isAboutNow(s.lastUpdated, before));
    QVERIFY(isAboutNow(s.createdAt, before));
    QVERIFY(s.isActive);

    const Segment stored = *segments.find(*id);
    QCOMPARE(stored.name, s.name);
    QCOMPARE(stored.description, QStringLiteral("Clientes VIP"));
    QCOMPARE(stored.rulesJson, s.rulesJson);
    QCOMPARE(stored.memberCount, 2);
    QCOMPARE(stored.lastUpdated, s.lastUpdated);
}

void TestSegmentRepository::slugComesFromTheAccentFoldedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << "Perros VIP Pescadores"
                           << "perros-vip-pescadores";
    QTest::newRow("accents and ñ") << "Niños y Mamás"
                                   << "ninos-y-mamas";
    QTest::newRow("punctuation") << "¡Gatos, 2026!"
                                 << "gatos-2026";
    QTest::newRow("nothing left") << "¡¿…?!"
                                  << "segmento";
}

void TestSegmentRepository::slugComesFromTheAccentFoldedName()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    test::TestDatabase db;
    Segment s = segmentNamed(name);
    QVERIFY2(SegmentRepository(*db).save(s).ok(), qPrintable(name));
    QCOMPARE(s.slug, slug);
}

void TestSegmentRepository::generatedSlugClashGetsTheNextNumber()
{
    test::TestDatabase db;
    SegmentRepository segments(*db);
    Segment first = segmentNamed(QStringLiteral("Perros VIP"));
    Segment second = segmentNamed(QStringLiteral("Perros  vip"));
    Segment third = segmentNamed(QStringLiteral("PERROS VIP!"));
    QVERIFY(segments.save(first).ok());
    QVERIFY(segments.save(second).ok());
    QVERIFY(segments.save(third).ok());
    QCOMPARE(first.slug, QStringLiteral("perros-vip"));
    QCOMPARE(second.slug, QStringLiteral("perros-vip-2"));
    QCOMPARE(third.slug, QStringLiteral("perros-vip-3"));
    // Re-saving with the slug cleared keeps the segment's own slug rather than counting on.
    second.slug.clear();
    second.name = QStringLiteral("Perros VIP");
    QVERIFY(segments.save(second).ok());
    QCOMPARE(second.slug, QStringLiteral("perros-vip-2"));
}

void TestSegmentRepository::explicitSlugTakenByAnotherSegmentIsRefused()
{
    test::TestDatabase db;
    SegmentRepository segments(*db);
    Segment taken = segmentNamed(QStringLiteral("Perros VIP"));
    QVERIFY(segments.save(taken).ok());
    Segment other = segmentNamed(QStringLiteral("Otro"));
    other.slug = QStringLiteral("perros-vip");
    auto refused = segments.save(other);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("perros-vip")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("Perros VIP")), qPrintable(refused.error()));
    QCOMPARE(other.id, qint64(0));
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM segments")), 1);
    // Its own slug, given explicitly on an edit, is no clash.
    taken.description = QStringLiteral("editado");
    QVERIFY(segments.save(taken).ok());
    QCOMPARE(taken.slug, QStringLiteral("perros-vip"));
}

void TestSegmentRepository::explicitSlugMustBeASlug()
{
    test::TestDatabase db;
    Segment s = segmentNamed(QStringLiteral("Perros"));
    s.slug = QStringLiteral("Perros VIP");
    auto refused = SegmentRepository(*db).save(s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("perros-vip")), qPrintable(refused.error()));
    s.slug = QStringLiteral("perros-vip-2026");
    QVERIFY(SegmentRepository(*db).save(s).ok());
    QCOMPARE(s.slug, QStringLiteral("perros-vip-2026"));
}

void TestSegmentRepository::editKeepsItsSlugAndCreationDate()
{
    test::TestDatabase db;
    SegmentRepository segments(*db);
    Segment s = segmentNamed(QStringLiteral("Gatos"));
    s.createdAt = QDateTime(QDate(2025, 3, 1), QTime(15, 0), Qt::UTC);
    QVERIFY(segments.save(s).ok());
    const qint64 id = s.id;
    s.name = QStringLiteral("Gatos y gatitos");
    s.rulesJson = QStringLiteral(R"({"species":["cat"]})");
    s.isActive = false;
    s.createdAt = {}; // an edit never rewrites the creation date
    QVERIFY(segments.save(s).ok());
    QCOMPARE(s.id, id);
    QCOMPARE(s.slug, QStringLiteral("gatos"));
    QCOMPARE(s.name, QStringLiteral("Gatos y gatitos"));
    QCOMPARE(s.createdAt, QDateTime(QDate(2025, 3, 1), QTime(15, 0), Qt::UTC));
    QVERIFY(!segments.find(id)->isActive);
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM segments")), 1);

    Segment gone = s;
    gone.id = 999;
    QVERIFY(!segments.save(gone).ok());
}

void TestSegmentRepository::nameIsRequired()
{
    test::TestDatabase db;
    Segment s = segmentNamed(QStringLiteral("   "));
    auto refused = SegmentRepository(*db).save(s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(QLatin1String("name:")), qPrintable(refused.error()));
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM segments")), 0);
}

void TestSegmentRepository::invalidRulesAreRefusedAndNothingIsStored()
{
    test::TestDatabase db;
    SegmentRepository segments(*db);
    const QString bad = QStringLiteral(R"({"tier":["gold"],"colour":"blue"})");
    Segment s = segmentNamed(QStringLiteral("Oro"), bad);
    auto refused = segments.save(s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), SegmentRules::parse(bad.toUtf8()).error());
    QCOMPARE(s.id, qint64(0));
    QCOMPARE(s.rulesJson, bad);
    QCOMPARE(rowCount(*db, QStringLiteral("SELECT count(*) FROM segments")), 0);
    QCOMPARE(rowCount(*db, QStringLiteral(
                               "SELECT count(*) FROM audit_log WHERE table_name = 'segments'")),
             0);

    // An edit with broken rules leaves the stored segment as it was.
    Segment good = segmentNamed(QStringLiteral("Oro"), QStringLiteral(R"({"tier":["vip"]})"));
    QVERIFY(segments.save(good).ok());
    Segment edited = good;
    edited.name = QStringLiteral("Otro nombre");
    edited.rulesJson = QStringLiteral("{not json");
    QVERIFY(!segments.save(edited).ok());
    const Segment stored = *segments.find(good.id);
    QCOMPARE(stored.name, QStringLiteral("Oro"));
    QCOMPARE(stored.rulesJson, QStringLiteral(R"({"tier":["vip"]})"));
}

void TestSegmentRepository::removeDeletesOnlyThatSegment()
{
    test::TestDatabase db;
    SegmentRepository segments(*db);
    Segment a = segmentNamed(QStringLiteral("A"));
    Segment b = segmentNamed(QStringLiteral("B"));
    QVERIFY(segments.save(a).ok());
    QVERIFY(segments.save(b).ok());
    QVERIFY(segments.remove(a.id).ok());
    QVERIFY(!segments.find(a.id).ok());
    QVERIFY(segments.find(b.id).ok());
    QVERIFY(!segments.remove(a.id).ok());
    // The slug is free again.
    Segment again = segmentNamed(QStringLiteral("A"));
    QVERIFY(segments.save(again).ok());
    QCOMPARE(again.slug, QStringLiteral("a"));
}

void TestSegmentRepository::listIsByNameIgnoringAccentsAndCase()
{
    test::TestDatabase db;
    SegmentRepository segments(*db);
    for (const char* name : {"Zona hotelera", "Ávila", "perros", "Cumpleaños", "Baños"}) {
        Segment s = segmentNamed(QString::fromUtf8(name));
        QVERIFY(segments.save(s).ok());
    }
    // Held in a variable: a range-for over *segments.list() would iterate a destroyed Result.
    const auto listed = segments.list();
    QVERIFY(listed.ok());
    QStringList names;
    for (const Segment& s : *listed)
        names << s.name;
    QCOMPARE(names, QStringList({QStringLiteral("Ávila"), QStringLiteral("Baños"),
                                 QStringLiteral("Cumpleaños"), QStringLiteral("perros"),
                                 QStringLiteral("Zona hotelera")}));
}

void TestSegmentRepository::findBySlugReportsAMissAsNoValue()
{
    test::TestDatabase db;
    SegmentRepository segments(*db);
    Segment s = segmentNamed(QStringLiteral("Perros VIP Pescadores"));
    QVERIFY(segments.save(s).ok());
    auto found = segments.findBySlug(QStringLiteral("perros-vip-pescadores"));
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, s.id);
    auto missing = segments.findBySlug(QStringLiteral("gatos"));
    QVERIFY(missing.ok());
    QVERIFY(!missing->has_value());
}

void TestSegmentRepository::duplicateIsACopyWithItsOwnNameAndSlug()
{
    test::TestDatabase db;
    addOwnerWithTier(*db, QStringLiteral("A"), QStringLiteral("vip"));
    SegmentRepository segments(*db);
    Segment s = segmentNamed(QStringLiteral("Perros VIP"), QStringLiteral(R"({"tier":["vip"]})"));
    s.description = QStringLiteral("Los consentidos");
    s.isActive = false;
    QVERIFY(segments.save(s).ok());
    auto copy = segments.duplicate(s.id);
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    const QString copyName = QCoreApplication::translate("SegmentRepository", "%1 (copy)")
                                 .arg(QStringLiteral("Perros VIP"));
    QVERIFY(copy->id != s.id);
    QCOMPARE(copy->name, copyName);
    QCOMPARE(copy->slug, SegmentRules::slugFor(copyName));
    QCOMPARE(copy->description, s.description);
    QCOMPARE(copy->rulesJson, s.rulesJson);
    QCOMPARE(copy->isActive, false);
    QCOMPARE(copy->memberCount, 1);
    auto second = segments.duplicate(s.id);
    QVERIFY(second.ok());
    QCOMPARE(second->slug, SegmentRules::slugFor(copyName) + QStringLiteral("-2"));
    QCOMPARE(segments.list()->size(), 3);
    QVERIFY(!segments.duplicate(999).ok());
}

void TestSegmentRepository::updateAllCountsFollowsOwnerChanges()
{
    test::TestDatabase db;
    const qint64 ana = addOwnerWithTier(*db, QStringLiteral("ana"), QStringLiteral("vip"));
    addOwnerWithTier(*db, QStringLiteral("luis"), QStringLiteral("regular"));
    SegmentRepository segments(*db);
    Segment vip = segmentNamed(QStringLiteral("VIP"), QStringLiteral(R"({"tier":["vip"]})"));
    Segment everyone = segmentNamed(QStringLiteral("Todos"));
    QVERIFY(segments.save(vip).ok());
    QVERIFY(segments.save(everyone).ok());
    QCOMPARE(vip.memberCount, 1);
    QCOMPARE(everyone.memberCount, 2);

    addOwnerWithTier(*db, QStringLiteral("eva"), QStringLiteral("vip"));
    addOwnerWithTier(*db, QStringLiteral("leo"), QStringLiteral("vip"));
    QVERIFY(OwnerRepository(*db).remove(ana).ok());
    // The count is a cached snapshot: owners changing does not touch it…
    QCOMPARE(segments.find(vip.id)->memberCount, 1);
    const QString old = QStringLiteral("2026-01-01T00:00:00Z");
    QVERIFY(Sql::exec(db->connection(), QStringLiteral("UPDATE segments SET last_updated = :t"),
                      {{QStringLiteral(":t"), old}})
                .ok());
    // …until the recount.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto recounted = segments.updateAllCounts();
    QVERIFY2(recounted.ok(), qPrintable(recounted.error()));
    QCOMPARE(*recounted, 2);
    const Segment vipNow = *segments.find(vip.id);
    const Segment everyoneNow = *segments.find(everyone.id);
    QCOMPARE(vipNow.memberCount, 2);
    QCOMPARE(everyoneNow.memberCount, 3);
    QVERIFY(isAboutNow(vipNow.lastUpdated, before));
    QVERIFY(isAboutNow(everyoneNow.lastUpdated, before));
}

void TestSegmentRepository::updateCountRecountsOneSegment()
{
    test::TestDatabase db;
    SegmentRepository segments(*db);
    Segment vip = segmentNamed(QStringLiteral("VIP"), QStringLiteral(R"({"tier":["vip"]})"));
    Segment everyone = segmentNamed(QStringLiteral("Todos"));
    QVERIFY(segments.save(vip).ok());
    QVERIFY(segments.save(everyone).ok());
    addOwnerWithTier(*db, QStringLiteral("ana"), QStringLiteral("vip"));
    QCOMPARE(*segments.updateCount(vip.id), 1);
    QCOMPARE(segments.find(vip.id)->memberCount, 1);
    QCOMPARE(segments.find(everyone.id)->memberCount, 0);
    QVERIFY(!segments.updateCount(999).ok());

    // Rules broken outside the program are reported with the segment's name, not recounted.
    QVERIFY(Sql::exec(db->connection(),
                      QStringLiteral("UPDATE segments SET rules = :r WHERE id = :id"),
                      {{QStringLiteral(":r"), QStringLiteral(R"({"tier":"vip"})")},
                       {QStringLiteral(":id"), vip.id}})
                .ok());
    auto broken = segments.updateCount(vip.id);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(QLatin1String("\"VIP\"")), qPrintable(broken.error()));
    QVERIFY(!segments.updateAllCounts().ok());
    QVERIFY(!segments.filterFor(*segments.find(vip.id)).ok());
}

void TestSegmentRepository::filterForSelectsExactlyTheMembers()
{
    test::TestDatabase db;
    addOwnerWithTier(*db, QStringLiteral("vip-1"), QStringLiteral("vip"));
    addOwnerWithTier(*db, QStringLiteral("new-1"), QStringLiteral("new"));
    addOwnerWithTier(*db, QStringLiteral("pro-1"), QStringLiteral("professional"));
    addOwnerWithTier(*db, QStringLiteral("vip-2"), QStringLiteral("vip"));
    addOwnerWithTier(*db, QStringLiteral("reg-1"), QStringLiteral("regular"));
    SegmentRepository segments(*db);
    Segment s = segmentNamed(QStringLiteral("Mejores"),
                             QStringLiteral(R"({"tier":["vip","professional"]})"));
    QVERIFY(segments.save(s).ok());
    auto filter = segments.filterFor(s);
    QVERIFY2(filter.ok(), qPrintable(filter.error()));
    const QStringList expected{QStringLiteral("vip-1"), QStringLiteral("pro-1"),
                               QStringLiteral("vip-2")};
    QCOMPARE(externalIdsIn(*db, *filter), expected);
    QCOMPARE(*SegmentQuery::members(*db, *SegmentRules::parse(s.rulesJson.toUtf8())), expected);

    // The owners list takes it as a drill-down and narrows it further with its own filters.
    OwnerListCriteria criteria;
    criteria.restriction = *filter;
    QCOMPARE(*OwnerListQuery::count(*db, *OwnerListQuery::filterFor(*db, criteria)), s.memberCount);
    criteria.tier = QStringLiteral("vip");
    QCOMPARE(externalIdsIn(*db, *OwnerListQuery::filterFor(*db, criteria)),
             QStringList({QStringLiteral("vip-1"), QStringLiteral("vip-2")}));

    QVERIFY(externalIdsIn(*db, *segments.filterFor(segmentNamed(QStringLiteral("Todos")))).size() ==
            5);
}

void TestSegmentRepository::everyWriteIsAudited()
{
    test::TestDatabase db;
    SegmentRepository segments(*db);
    Segment s = segmentNamed(QStringLiteral("VIP"));
    QVERIFY(segments.save(s).ok());
    QVERIFY(segments.save(s).ok());
    QVERIFY(segments.updateCount(s.id).ok());
    QVERIFY(segments.updateAllCounts().ok());
    auto copy = segments.duplicate(s.id);
    QVERIFY(copy.ok());
    QVERIFY(segments.remove(s.id).ok());
    auto query = Sql::exec(db->connection(),
                           QStringLiteral("SELECT action, coalesce(row_id, 0) FROM audit_log "
                                          "WHERE table_name = 'segments' ORDER BY id"));
    QVERIFY(query.ok());
    QStringList lines;
    while (query->next())
        lines << QStringLiteral("%1 %2")
                     .arg(query->value(0).toString())
                     .arg(query->value(1).toLongLong());
    const QString id = QString::number(s.id);
    QCOMPARE(lines, QStringList({QStringLiteral("create ") + id, QStringLiteral("update ") + id,
                                 QStringLiteral("refresh ") + id, QStringLiteral("refresh 0"),
                                 QStringLiteral("create %1").arg(copy->id),
                                 QStringLiteral("delete ") + id}));
}

QTEST_GUILESS_MAIN(TestSegmentRepository)
#include "TestSegmentRepository.moc"
