#include "storage/Sql.h"
#include "storage/import/CsvImporter.h"
#include "storage/import/ImportProblems.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTest>

using huellas::test::writeFile;

using namespace huellas;
using huellas::test::dump;

namespace {

// Owners with long notes: several of the importer's 1 MiB chunks.
QString writeOwners(const QString& folder, int owners)
{
    QByteArray bytes = "external_id,first_name,last_name,notes\n";
    const QByteArray notes(400, 'n');
    for (int n = 1; n <= owners; ++n)
        bytes += "HU-" + QByteArray::number(n) + ",Ana,Canul," + notes + '\n';
    return writeFile(folder, QStringLiteral("owners.csv"), bytes);
}

void importBase(Database& database, const QString& folder)
{
    const QString base = QDir(folder).filePath(QStringLiteral("base"));
    QDir().mkpath(base);
    const QString owners = writeFile(base, QStringLiteral("owners.csv"),
                                     "external_id,first_name,tags\nB-1,Beto,vip\nB-2,Caro,\n");
    auto report = CsvImporter(database).run({owners});
    if (!report || !report->ok())
        qFatal("base import failed");
}

} // namespace

// What keeps a large import bounded and under the caller's control: a capped problem list,
// progress reports and cancellation.
class TestCsvImportControl : public QObject
{
    Q_OBJECT

private slots:
    void problemsBeyondTheCapAreCountedNotKept();
    void progressGrowsToTheFileSizeAndCountsEveryRow();
    void cancellingRollsBackEverything_data();
    void cancellingRollsBackEverything();
};

void TestCsvImportControl::problemsBeyondTheCapAreCountedNotKept()
{
    test::TestDatabase db;
    const int bad = int(ImportProblems::kept) + 500;
    QByteArray bytes = "external_id,first_name,tier\n";
    for (int n = 1; n <= bad; ++n)
        bytes += "HU-" + QByteArray::number(n) + ",Ana,gold\n"; // one problem a row
    bytes += "HU-OK,Beto,vip\n";
    const QString owners = writeFile(db.folder(), QStringLiteral("owners.csv"), bytes);
    const QStringList before = dump(*db);

    auto report = CsvImporter(*db).run({owners});
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(!report->ok());
    QCOMPARE(report->problemCount, qsizetype(bad));
    QCOMPARE(report->errors.size(), ImportProblems::kept + 1);
    QVERIFY2(report->errors.first().startsWith(owners + ":2: tier: unknown value"),
             qPrintable(report->errors.first()));
    QVERIFY(report->errors.at(ImportProblems::kept - 1)
                .startsWith(owners + QStringLiteral(":%1: tier").arg(ImportProblems::kept + 1)));
    QCOMPARE(report->errors.last(), QStringLiteral("… and 500 more problems"));
    QCOMPARE(dump(*db), before);
}

void TestCsvImportControl::progressGrowsToTheFileSizeAndCountsEveryRow()
{
    test::TestDatabase db;
    const int owners = 9000; // ~3.8 MB: four chunks
    const QString path = writeOwners(db.folder(), owners);
    const qint64 size = QFileInfo(path).size();
    QList<ImportProgress> reports;
    ImportObserver observer;
    observer.interval = std::chrono::milliseconds(0); // every poll, so that the test sees them
    observer.progress = [&reports](const ImportProgress& progress) { reports << progress; };

    auto report = CsvImporter(*db).run({path}, false, observer);
    QVERIFY2(report && report->ok(),
             qPrintable(report ? report->errors.join('\n') : report.error()));
    QVERIFY(reports.size() > 2);
    QSet<qint64> distinctBytes;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const ImportProgress& p = reports.at(i);
        QCOMPARE(p.fileName, path);
        QCOMPARE(p.bytesTotal, size);
        QVERIFY(p.bytesRead > 0 && p.bytesRead <= size);
        QCOMPARE(p.fileDone, i == reports.size() - 1);
        if (i > 0) {
            QVERIFY(p.bytesRead >= reports.at(i - 1).bytesRead);
            QVERIFY(p.rows > reports.at(i - 1).rows || p.fileDone);
        }
        distinctBytes.insert(p.bytesRead);
    }
    QVERIFY2(distinctBytes.size() >= 4, "bytes read grow chunk by chunk");
    QCOMPARE(reports.last().bytesRead, size);
    QCOMPARE(reports.last().rows, qint64(owners));
}

void TestCsvImportControl::cancellingRollsBackEverything_data()
{
    QTest::addColumn<int>("afterPolls");
    QTest::newRow("before reading any row") << 0;
    QTest::newRow("in the middle of the file") << 20;
}

void TestCsvImportControl::cancellingRollsBackEverything()
{
    QFETCH(int, afterPolls);
    test::TestDatabase db;
    importBase(*db, db.folder());
    const QStringList before = dump(*db);
    const QString path = writeOwners(db.folder(), 3000);
    // B-1 loses its tag and a pet is added: writes the cancel must undo.
    const QString more = writeFile(db.folder(), QStringLiteral("more_owners.csv"),
                                   "external_id,first_name,tags\nB-1,Beto,\n");
    const QString pets = writeFile(db.folder(), QStringLiteral("pets.csv"),
                                   "external_id,owner_external_id,name\nP-1,B-2,Rex\n");
    int polls = 0;
    ImportObserver observer;
    observer.cancelRequested = [&polls, afterPolls] { return polls++ >= afterPolls; };

    auto report = CsvImporter(*db).run({more, path, pets}, false, observer);
    QVERIFY(!report);
    QCOMPARE(report.error(), QStringLiteral("Import cancelled; nothing was written."));
    QVERIFY(polls > afterPolls);
    QCOMPARE(dump(*db), before);
    // The connection is left usable: the same files import when nobody cancels.
    auto again = CsvImporter(*db).run({more, path, pets});
    QVERIFY2(again && again->ok(), qPrintable(again ? again->errors.join('\n') : again.error()));
    QCOMPARE(again->inserted.value(QStringLiteral("owners")), 3000);
}

QTEST_GUILESS_MAIN(TestCsvImportControl)
#include "TestCsvImportControl.moc"
