#include "storage/DemoDataGenerator.h"
#include "storage/Sql.h"
#include "storage/import/CsvImporter.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"

#include <QTest>

using namespace huellas;
using huellas::test::column;
using huellas::test::dump;
using huellas::test::writeFile;

namespace {

const QStringList upkeepTriggers = {
    QStringLiteral("owner_search_delete"),    QStringLiteral("owner_search_insert"),
    QStringLiteral("owner_search_update"),    QStringLiteral("owner_tags_text_delete"),
    QStringLiteral("owner_tags_text_insert"), QStringLiteral("owner_tags_text_update"),
};

QStringList triggers(Database& db)
{
    return column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name LIKE 'owner%' AND name NOT LIKE 'owners%' "
                                     "ORDER BY name"));
}

// Every owner's search data as the per-row triggers would have written it: tags_text is the
// sorted tags, and the index row holds the folded name, email, tags and phones.
QStringList searchDataOutOfStep(Database& db)
{
    return column(
        db, QStringLiteral(
                "SELECT o.external_id FROM owners o LEFT JOIN owner_search s ON s.rowid = o.id "
                "WHERE o.tags_text IS NOT coalesce((SELECT group_concat(tag, ' ') FROM (SELECT "
                "tag FROM owner_tags WHERE owner_id = o.id ORDER BY tag)), '') "
                "OR s.rowid IS NULL OR s.name IS NOT o.search_name OR s.email IS NOT o.email "
                "OR s.tags IS NOT o.tags_text "
                "OR s.phones IS NOT o.phone || ' ' || o.whatsapp || ' ' || o.phone_secondary "
                "UNION ALL SELECT 'index row without owner ' || rowid FROM owner_search "
                "WHERE rowid NOT IN (SELECT id FROM owners)"));
}

QStringList found(Database& db, const QString& term)
{
    return column(db, QStringLiteral("SELECT o.external_id FROM owner_search s JOIN owners o ON "
                                     "o.id = s.rowid WHERE owner_search MATCH '\"%1\"' "
                                     "ORDER BY o.external_id")
                          .arg(term));
}

void import(Database& db, const QString& file)
{
    auto report = CsvImporter(db).run({file});
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->ok(), qPrintable(report->errors.join(QLatin1Char('\n'))));
}

const QByteArray header = "external_id,first_name,last_name,email,phone,whatsapp,tags\n";

} // namespace

// An import and the demo data keep the owners' search index and tags_text in step at the
// end instead of row by row (DeferredOwnerSearch): the result must be what the per-row
// triggers give, and the triggers must be back for every later edit.
class TestOwnerSearchUpkeep : public QObject
{
    Q_OBJECT

private slots:
    void importedOwnersAreFoundAndTheTriggersAreBack();
    void reimportedChangesReplaceTheOldIndexRows();
    void aRefusedImportLeavesEverythingAsItWas();
    void demoDataIsInStep();
};

void TestOwnerSearchUpkeep::importedOwnersAreFoundAndTheTriggersAreBack()
{
    test::TestDatabase db;
    import(*db, writeFile(db.folder(), QStringLiteral("owners.csv"),
                          header + "HU-1,José,Canul Pérez,jose@example.mx,9981234567,,"
                                   "\"vip;dog-owner\"\n"
                                   "HU-2,Ana,Ávila,,,9987654321,cat-owner\n"
                                   "HU-3,Beto,Pool,beto@example.mx,,,\n"));
    QCOMPARE(searchDataOutOfStep(*db), QStringList());
    QCOMPARE(triggers(*db), upkeepTriggers);
    QCOMPARE(found(*db, QStringLiteral("jose")), QStringList{QStringLiteral("HU-1")});
    QCOMPARE(found(*db, QStringLiteral("avila")), QStringList{QStringLiteral("HU-2")});
    QCOMPARE(found(*db, QStringLiteral("owner")),
             (QStringList{QStringLiteral("HU-1"), QStringLiteral("HU-2")}));
    QCOMPARE(found(*db, QStringLiteral("7654")), QStringList{QStringLiteral("HU-2")});
    QCOMPARE(column(*db, QStringLiteral("SELECT tags_text FROM owners WHERE external_id = 'HU-1'")),
             QStringList{QStringLiteral("dog-owner vip")});

    // The restored triggers serve the next edit, whoever makes it.
    QVERIFY(Sql::exec(db->connection(), QStringLiteral("UPDATE owners SET last_name = 'Zapata' "
                                                       "WHERE external_id = 'HU-3'")));
    QVERIFY(Sql::exec(db->connection(),
                      QStringLiteral("INSERT INTO owner_tags (owner_id, tag) SELECT id, 'senior' "
                                     "FROM owners WHERE external_id = 'HU-3'")));
    QCOMPARE(searchDataOutOfStep(*db), QStringList());
    QCOMPARE(found(*db, QStringLiteral("zapata")), QStringList{QStringLiteral("HU-3")});
    QCOMPARE(found(*db, QStringLiteral("senior")), QStringList{QStringLiteral("HU-3")});
    QVERIFY(found(*db, QStringLiteral("pool")).isEmpty());
}

void TestOwnerSearchUpkeep::reimportedChangesReplaceTheOldIndexRows()
{
    test::TestDatabase db;
    import(*db, writeFile(db.folder(), QStringLiteral("owners.csv"),
                          header + "HU-1,José,Canul,jose@example.mx,9981234567,,vip\n"
                                   "HU-2,Ana,Ávila,,,,cat-owner\n"));
    import(*db, writeFile(db.folder(), QStringLiteral("owners.csv"),
                          header + "HU-1,Josué,Canul,josue@example.mx,9981112222,,puppy\n"
                                   "HU-2,Ana,Ávila,,,,cat-owner\n"
                                   "HU-4,Caro,Dzib,,,,vip\n"));
    QCOMPARE(searchDataOutOfStep(*db), QStringList());
    QCOMPARE(triggers(*db), upkeepTriggers);
    QVERIFY(found(*db, QStringLiteral("jose@")).isEmpty());
    QVERIFY(found(*db, QStringLiteral("1234567")).isEmpty());
    QCOMPARE(found(*db, QStringLiteral("josue")), QStringList{QStringLiteral("HU-1")});
    QCOMPARE(found(*db, QStringLiteral("puppy")), QStringList{QStringLiteral("HU-1")});
    QCOMPARE(found(*db, QStringLiteral("vip")), QStringList{QStringLiteral("HU-4")});
}

void TestOwnerSearchUpkeep::aRefusedImportLeavesEverythingAsItWas()
{
    test::TestDatabase db;
    import(*db, writeFile(db.folder(), QStringLiteral("owners.csv"),
                          header + "HU-1,José,Canul,jose@example.mx,,,vip\n"));
    const QStringList before = dump(*db);
    const QString file = writeFile(db.folder(), QStringLiteral("owners.csv"),
                                   header + "HU-1,Josué,Canul,,,,puppy\nHU-2,Ana,Pool,,12,,\n");
    auto report = CsvImporter(*db).run({file});
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(!report->ok()); // "12" is no phone
    QCOMPARE(dump(*db), before);
    QCOMPARE(triggers(*db), upkeepTriggers);
    QCOMPARE(found(*db, QStringLiteral("jose")), QStringList{QStringLiteral("HU-1")});
    QVERIFY(found(*db, QStringLiteral("puppy")).isEmpty());
}

void TestOwnerSearchUpkeep::demoDataIsInStep()
{
    test::TestDatabase db;
    DemoOptions options;
    options.owners = 60;
    options.today = QDate(2026, 11, 24);
    QVERIFY(DemoDataGenerator(*db).generate(options).ok());
    QCOMPARE(column(*db, QStringLiteral("SELECT count(*) FROM owner_search")),
             QStringList{QStringLiteral("60")});
    QCOMPARE(searchDataOutOfStep(*db), QStringList());
    QCOMPARE(triggers(*db), upkeepTriggers);
}

QTEST_GUILESS_MAIN(TestOwnerSearchUpkeep)
#include "TestOwnerSearchUpkeep.moc"
