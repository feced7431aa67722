#include "storage/import/CsvReader.h"
#include "storage/import/ImportKind.h"
#include "storage/import/TextEncoding.h"

#include <QTest>

using namespace huellas;

namespace {

QList<CsvRecord> readAll(const QByteArray& text, char delimiter = ',')
{
    CsvReader reader(text, delimiter);
    QList<CsvRecord> records;
    while (std::optional<CsvRecord> record = reader.next())
        records << *record;
    return records;
}

} // namespace

class TestCsvImportReader : public QObject
{
    Q_OBJECT

private slots:
    void recordsCarryTheLineTheyStartOn();
    void cellsAreKeptVerbatim();
    void lastRecordNeedsNoLineBreak();
    void brokenQuotingIsReportedAndReadingResumes();
    void unclosedQuoteIsReportedWhereTheRecordStarts();
    void delimiterIsDetectedOutsideQuotes();
    void encodingFallsBackToWindows1252();
    void kindComesFromTheFileName_data();
    void kindComesFromTheFileName();
};

void TestCsvImportReader::recordsCarryTheLineTheyStartOn()
{
    const QList<CsvRecord> records = readAll("a,b\r\n\r\n\"x\ny\",z\n\nc,\"d\r\ne\r\nf\"\ng,h\n");
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).line, 1);
    QCOMPARE(records.at(1).line, 3);
    QCOMPARE(records.at(1).cells, (QStringList{"x\ny", "z"}));
    QCOMPARE(records.at(2).line, 6);
    QCOMPARE(records.at(2).cells, (QStringList{"c", "d\r\ne\r\nf"}));
    QCOMPARE(records.at(3).line, 9);
}

void TestCsvImportReader::cellsAreKeptVerbatim()
{
    const QList<CsvRecord> records = readAll(" a ;\"b;\"\"c\"\"\";;\tñ\n", ';');
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).cells, (QStringList{" a ", "b;\"c\"", "", "\tñ"}));
}

void TestCsvImportReader::lastRecordNeedsNoLineBreak()
{
    const QList<CsvRecord> records = readAll("a,b\nc,\"d\"");
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).cells, (QStringList{"c", "d"}));
    QCOMPARE(records.at(1).line, 2);
}

void TestCsvImportReader::brokenQuotingIsReportedAndReadingResumes()
{
    const QList<CsvRecord> records = readAll("a,b\nc,d\"e\n\"f\"g,h\ni,j\n");
    QCOMPARE(records.size(), 4);
    QVERIFY(records.at(1).quotingBroken);
    QCOMPARE(records.at(1).line, 2);
    QVERIFY(records.at(2).quotingBroken);
    QCOMPARE(records.at(2).line, 3);
    QVERIFY(!records.at(3).quotingBroken);
    QCOMPARE(records.at(3).line, 4);
    QCOMPARE(records.at(3).cells, (QStringList{"i", "j"}));
}

void TestCsvImportReader::unclosedQuoteIsReportedWhereTheRecordStarts()
{
    const QList<CsvRecord> records = readAll("a,b\nc,\"never closed\nd,e\nf,g\n");
    QCOMPARE(records.size(), 2);
    QVERIFY(records.at(1).quotingBroken);
    QCOMPARE(records.at(1).line, 2);
}

void TestCsvImportReader::delimiterIsDetectedOutsideQuotes()
{
    QCOMPARE(CsvReader::detectDelimiter("a;b;c\n1,5;2,5;3\n"), ';');
    QCOMPARE(CsvReader::detectDelimiter("a,b,c\n1;2;3;4;5\n"), ',');
    QCOMPARE(CsvReader::detectDelimiter("\"a;b;c\",d\n"), ',');
    QCOMPARE(CsvReader::detectDelimiter("external_id\n"), ',');
}

void TestCsvImportReader::encodingFallsBackToWindows1252()
{
    const TextEncoding::Utf8Text bom = TextEncoding::toUtf8("\xEF\xBB\xBFPe\xC3\xB1"
                                                            "a");
    QVERIFY(!bom.fromWindows1252);
    QCOMPARE(QString::fromUtf8(bom.utf8), QStringLiteral("Peña"));
    const TextEncoding::Utf8Text ansi = TextEncoding::toUtf8("Pe\xF1"
                                                             "a \x80\x93\x94\x81");
    QVERIFY(ansi.fromWindows1252);
    QCOMPARE(QString::fromUtf8(ansi.utf8), QStringLiteral("Peña €\u201C\u201D\u0081"));
}

void TestCsvImportReader::kindComesFromTheFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind"); // -1: none

    QTest::newRow("plain") << "/tmp/owners.csv" << int(ImportKind::Owners);
    QTest::newRow("upper case") << "PETS.CSV" << int(ImportKind::Pets);
    QTest::newRow("prefix") << "2026_appointments.csv" << int(ImportKind::Appointments);
    QTest::newRow("suffix") << "orders-export.csv" << int(ImportKind::Orders);
    QTest::newRow("folder does not count") << "/owners/clients.csv" << -1;
    QTest::newRow("two kinds") << "owners_and_pets.csv" << -1;
    QTest::newRow("interactions") << "Interactions.csv" << int(ImportKind::Interactions);
}

void TestCsvImportReader::kindComesFromTheFileName()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    const std::optional<ImportKind> found = ImportKinds::fromFileName(path);
    QCOMPARE(found ? int(*found) : -1, kind);
}

QTEST_GUILESS_MAIN(TestCsvImportReader)
#include "TestCsvImportReader.moc"
