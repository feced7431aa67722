#include "storage/import/CsvImporter.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"

#include <QTest>

using namespace huellas;
using huellas::test::column;
using huellas::test::writeFile;

// What one row of an import learns from another: the ids and owners found while importing
// (kept in a small memo, ExternalIdIndex) stay right when a row of the same import changes them.
class TestImportLookups : public QObject
{
    Q_OBJECT

private slots:
    void aPetMovedToAnotherOwnerIsTheirsForTheRowsAfter();
};

void TestImportLookups::aPetMovedToAnotherOwnerIsTheirsForTheRowsAfter()
{
    test::TestDatabase db;
    const QString owners = writeFile(db.folder(), QStringLiteral("owners.csv"),
                                     "external_id,first_name\nHU-A,Ana\nHU-B,Beto\n");
    const QString pets = writeFile(db.folder(), QStringLiteral("pets.csv"),
                                   "external_id,owner_external_id,name,species\nMA-1,HU-A,Bruno,dog\n");
    auto first = CsvImporter(*db).run({owners, pets});
    QVERIFY2(first && first->ok(), qPrintable(first ? first->errors.join('\n') : first.error()));

    // The pet goes to Beto, and Beto's visit with it comes in the same import: the pets file
    // is read first, so the visit must see the pet as Beto's (an interaction for Ana with it
    // would be refused as "belongs to another owner").
    const QString moved = writeFile(
        db.folder(), QStringLiteral("pets.csv"),
        "external_id,owner_external_id,name,species\nMA-1,HU-A,Bruno,dog\nMA-2,HU-A,Luna,cat\n");
    const QString movedAgain = writeFile(db.folder(), QStringLiteral("pets2.csv"),
                                         "external_id,owner_external_id,name,species\nMA-1,HU-B,Bruno,dog\n");
    const QString visits = writeFile(db.folder(), QStringLiteral("interactions.csv"),
                                     "external_id,owner_external_id,interaction_type,pet_external_id,"
                                     "created_at\nIN-1,HU-B,visit,MA-1,2026-11-20T10:00:00Z\n");
    auto second = CsvImporter(*db).run({moved, movedAgain, visits});
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY2(second->ok(), qPrintable(second->errors.join('\n')));
    QCOMPARE(column(*db, QStringLiteral("SELECT o.external_id FROM interactions i JOIN pets p ON "
                                        "p.id = i.pet_id JOIN owners o ON o.id = p.owner_id")),
             QStringList{QStringLiteral("HU-B")});
}

QTEST_GUILESS_MAIN(TestImportLookups)
#include "TestImportLookups.moc"
