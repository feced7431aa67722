#include "storage/OwnerCsvExporter.h"
#include "storage/OwnerRepository.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace huellas;

class TestOwnerCsvExporter final : public QObject
{
    Q_OBJECT

private slots:
    void headerHasTheContractColumnsThenTheDerivedOnes();
    void formulaLookingCellsAreGuarded_data();
    void formulaLookingCellsAreGuarded();
    void quotesCellsThatNeedIt();
    void writesReferrerAsExternalIdAndTagsSorted();
    void fileExportHasABomAndIsAllOrNothing();
    void filterSelectsOwners();
};

void TestOwnerCsvExporter::headerHasTheContractColumnsThenTheDerivedOnes()
{
    QCOMPARE(OwnerCsvExporter::importColumns().size(), 28);
    QCOMPARE(OwnerCsvExporter::derivedColumns().size(), 10);
    QCOMPARE(OwnerCsvExporter::importColumns().first(), QStringLiteral("external_id"));
    QCOMPARE(OwnerCsvExporter::importColumns().last(), QStringLiteral("created_at"));
    QCOMPARE(OwnerCsvExporter::derivedColumns().last(), QStringLiteral("referrals_made"));
}

void TestOwnerCsvExporter::formulaLookingCellsAreGuarded_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << "=SUM(A1)" << "'=SUM(A1)";
    QTest::newRow("plus") << "+52 998" << "'+52 998";
    QTest::newRow("minus") << "-1" << "'-1";
    QTest::newRow("at") << "@cmd" << "'@cmd";
    QTest::newRow("tab") << "\tx" << "'\tx";
    QTest::newRow("carriage return") << "\rx" << "'\rx";
    QTest::newRow("plain") << "Ana" << "Ana";
    QTest::newRow("empty") << "" << "";
}

void TestOwnerCsvExporter::formulaLookingCellsAreGuarded()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(OwnerCsvExporter::guardFormula(cell), written);
}

void TestOwnerCsvExporter::quotesCellsThatNeedIt()
{
    test::TestDatabase db;
    Owner o;
    o.firstName = QStringLiteral("Ana, \"la güera\"");
    o.notes = QStringLiteral("línea 1\nlínea 2");
    o.phone = QStringLiteral("+529981234567");
    QVERIFY(OwnerRepository(*db).save(o).ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(*OwnerCsvExporter(*db).write(buffer), 1);
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(text.contains(QStringLiteral("\"Ana, \"\"la güera\"\"\"")));
    QVERIFY(text.contains(QStringLiteral("\"línea 1\nlínea 2\"")));
    QVERIFY(text.contains(QStringLiteral(",'+529981234567,")));
}

void TestOwnerCsvExporter::writesReferrerAsExternalIdAndTagsSorted()
{
    test::TestDatabase db;
    Owner ana;
    ana.firstName = QStringLiteral("Ana");
    ana.externalId = QStringLiteral("OLD-1");
    QVERIFY(OwnerRepository(*db).save(ana).ok());
    Owner luis;
    luis.firstName = QStringLiteral("Luis");
    luis.referredBy = ana.id;
    luis.tags = {QStringLiteral("premium"), QStringLiteral("dog-owner")};
    QVERIFY(OwnerRepository(*db).save(luis).ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(*OwnerCsvExporter(*db).write(buffer), 2);
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
    QVERIFY(lines.at(2).contains(QStringLiteral(",OLD-1,new,es,,false,false,true,\"dog-owner;premium\",")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(",0,,,,0.00,0.00,0,low,,1")));
}

void TestOwnerCsvExporter::fileExportHasABomAndIsAllOrNothing()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const QString path = db.folder() + QStringLiteral("/o.csv");
    QCOMPARE(*OwnerCsvExporter(*db).exportToFile(path), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF" "external_id,"));
    // A broken filter fails the export and leaves the earlier file as it was.
    const QByteArray before = [&] { file.seek(0); return file.readAll(); }();
    auto failed = OwnerCsvExporter(*db).exportToFile(path, OwnerFilter{QStringLiteral("no_such_column = 1"), {}});
    QVERIFY(!failed.ok());
    file.seek(0);
    QCOMPARE(file.readAll(), before);
    QVERIFY(!OwnerCsvExporter(*db).exportToFile(QStringLiteral("/proc/x/o.csv")).ok());
}

void TestOwnerCsvExporter::filterSelectsOwners()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    test::addOwner(*db, QStringLiteral("Luis"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const OwnerFilter filter{QStringLiteral("o.first_name = :name"), {{QStringLiteral(":name"), QStringLiteral("Luis")}}};
    QCOMPARE(*OwnerCsvExporter(*db).write(buffer, filter), 1);
    QVERIFY(buffer.data().contains("Luis"));
    QVERIFY(!buffer.data().contains("Ana"));
}

QTEST_GUILESS_MAIN(TestOwnerCsvExporter)
#include "TestOwnerCsvExporter.moc"
