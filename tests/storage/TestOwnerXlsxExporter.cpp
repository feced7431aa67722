#include "core/LocalTime.h"
#include "storage/ActivityRepository.h"
#include "storage/OwnerCsvExporter.h"
#include "storage/OwnerRepository.h"
#include "storage/OwnerXlsxExporter.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace huellas;

namespace {

const QString unzipProgram = QStringLiteral("/usr/bin/unzip");

QByteArray startOf(const QString& path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

// One part of the xlsx (a zip) as text, or a null string when unzip cannot read it.
QString partOf(const QString& xlsx, const QString& part)
{
    QProcess unzip;
    unzip.start(unzipProgram, {QStringLiteral("-p"), xlsx, part});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// "A", "B", …, "Z", "AA", … for a zero-based column.
QString columnLetters(qsizetype index)
{
    QString letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return letters;
}

QString referenceOf(const QString& column, int row)
{
    const QStringList columns =
        OwnerCsvExporter::importColumns() + OwnerCsvExporter::derivedColumns();
    Q_ASSERT(columns.contains(column));
    return columnLetters(columns.indexOf(column)) + QString::number(row);
}

// The <c …>…</c> element of a cell; empty when the cell was not written (blank).
QString cellXml(const QString& sheet, const QString& column, int row)
{
    const QRegularExpression cell(
        QStringLiteral("<c r=\"%1\"[^>]*>.*?</c>").arg(referenceOf(column, row)));
    return cell.match(sheet).captured(0);
}

// Excel's serial date: days since 1899-12-30 (the 1900 leap-year quirk folded in).
qint64 excelSerial(const QDate& date)
{
    return QDate(1899, 12, 30).daysTo(date);
}

QStringList partialFilesIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.part*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestOwnerXlsxExporter final : public QObject
{
    Q_OBJECT

private slots:
    // The workbook is read back with unzip (scripts/install-deps.sh installs it): without it
    // these tests would prove nothing, so its absence fails the run instead of skipping.
    void initTestCase() { QVERIFY2(QFile::exists(unzipProgram), "/usr/bin/unzip is missing"); }
    void writesAZipWorkbookWithOneRowPerOwner();
    void cellsAreTypedNotText();
    void textThatLooksLikeAFormulaStaysText();
    void headerIsBoldFrozenAndFiltered();
    void filterSelectsOwners();
    void failureLeavesNoFileAndKeepsTheOldOne();

private:
    // Two owners: Ana (money, dates, opt-ins, visits) and Luis (a blank profile).
    void fillClinic(Database& database);
    QString exportedSheet(Database& database, const QString& folder,
                          const OwnerFilter& filter = {});
};

void TestOwnerXlsxExporter::fillClinic(Database& database)
{
    Owner ana;
    ana.externalId = QStringLiteral("HU-ANA");
    ana.firstName = QStringLiteral("Ana María");
    ana.lastName = QStringLiteral("Peña & Hijos <SA>");
    ana.birthDate = QDate(1985, 4, 12);
    ana.emailOptIn = true;
    ana.tags = {QStringLiteral("vip-event"), QStringLiteral("dog-owner")};
    ana.notes = QStringLiteral("=HYPERLINK(\"http://x\")");
    ana.createdAt = test::localNoon(QDate(2026, 1, 10));
    QVERIFY(OwnerRepository(database).save(ana).ok());
    Order order;
    order.ownerId = ana.id;
    order.orderedAt = test::localNoon(LocalTime::today().addDays(-3));
    order.total = 1425050;
    order.paymentStatus = QStringLiteral("paid");
    QVERIFY(ActivityRepository(database).save(order).ok());
    Appointment visit;
    visit.ownerId = ana.id;
    visit.scheduledAt = test::localNoon(LocalTime::today().addDays(-2));
    visit.status = QStringLiteral("completed");
    QVERIFY(ActivityRepository(database).save(visit).ok());

    Owner luis;
    luis.externalId = QStringLiteral("HU-LUIS");
    luis.firstName = QStringLiteral("Luis");
    luis.whatsappOptIn = false;
    QVERIFY(OwnerRepository(database).save(luis).ok());
}

QString TestOwnerXlsxExporter::exportedSheet(Database& database, const QString& folder,
                                             const OwnerFilter& filter)
{
    const QString path = folder + QStringLiteral("/clientes.xlsx");
    auto rows = OwnerXlsxExporter(database).exportToFile(path, filter);
    if (!rows)
        qFatal("export failed: %s", qPrintable(rows.error()));
    return partOf(path, QStringLiteral("xl/worksheets/sheet1.xml"));
}

void TestOwnerXlsxExporter::writesAZipWorkbookWithOneRowPerOwner()
{
    test::TestDatabase db;
    fillClinic(*db);
    const QString path = db.folder() + QStringLiteral("/clientes.xlsx");
    auto rows = OwnerXlsxExporter(*db).exportToFile(path);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(*rows, 2);
    QCOMPARE(startOf(path, 4), QByteArray("PK\x03\x04"));
    QCOMPARE(partialFilesIn(db.folder()), QStringList());
    const QString sheet = partOf(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    QCOMPARE(sheet.count(QStringLiteral("<row ")), 3);
    QVERIFY(partOf(path, QStringLiteral("xl/workbook.xml"))
                .contains(QLatin1String("name=\"Clientes\"")));
    QVERIFY(cellXml(sheet, QStringLiteral("external_id"), 2).contains(QLatin1String("HU-ANA")));
    QVERIFY(cellXml(sheet, QStringLiteral("external_id"), 3).contains(QLatin1String("HU-LUIS")));
}

void TestOwnerXlsxExporter::cellsAreTypedNotText()
{
    test::TestDatabase db;
    fillClinic(*db);
    const QString sheet = exportedSheet(*db, db.folder());
    QVERIFY2(!sheet.isNull(), "the sheet could not be read back with unzip");
    const auto cell = [&](const char* column, int row) {
        return cellXml(sheet, QString::fromLatin1(column), row);
    };
    // Money: a number in pesos, with a style (the currency format), no type attribute = number.
    QVERIFY2(cell("lifetime_value", 2)
                 .contains(QRegularExpression(
                     QStringLiteral("^<c r=\"\\w+\" s=\"\\d+\"><v>14250.5</v></c>$"))),
             qPrintable(cell("lifetime_value", 2)));
    QVERIFY(cell("average_order_value", 2).contains(QLatin1String("<v>14250.5</v>")));
    QVERIFY(cell("lifetime_value", 3).contains(QLatin1String("<v>0</v>")));
    // Booleans: t="b".
    QCOMPARE(cell("email_opt_in", 2).contains(QLatin1String("t=\"b\"><v>1</v>")), true);
    QCOMPARE(cell("sms_opt_in", 2).contains(QLatin1String("t=\"b\"><v>0</v>")), true);
    QCOMPARE(cell("whatsapp_opt_in", 3).contains(QLatin1String("t=\"b\"><v>0</v>")), true);
    // Dates are serial numbers with a date style; created_at is local noon, hence .5.
    QVERIFY2(cell("birth_date", 2).contains(QStringLiteral(" s=\"")) &&
                 cell("birth_date", 2)
                     .contains(QStringLiteral("<v>%1</v>").arg(excelSerial(QDate(1985, 4, 12)))),
             qPrintable(cell("birth_date", 2)));
    QVERIFY2(cell("created_at", 2)
                 .contains(QStringLiteral("<v>%1.5</v>").arg(excelSerial(QDate(2026, 1, 10)))),
             qPrintable(cell("created_at", 2)));
    const QDate lastVisit = LocalTime::today().addDays(-2);
    QVERIFY(cell("last_visit_date", 2)
                .contains(QStringLiteral("<v>%1</v>").arg(excelSerial(lastVisit))));
    // Whole numbers.
    QVERIFY(cell("total_visits", 2).contains(QLatin1String("<v>1</v>")));
    QVERIFY(cell("days_since_last_visit", 2).contains(QLatin1String("<v>2</v>")));
    QVERIFY(!cell("days_since_last_visit", 3).contains(QLatin1String("t=\"")));
    // Never visited: blank, not 0 and not an empty string.
    QCOMPARE(cell("days_since_last_visit", 3), QString());
    QCOMPARE(cell("last_visit_date", 3), QString());
    // Text, XML-escaped, tags sorted like the CSV.
    QVERIFY(cell("first_name", 2).contains(QLatin1String("t=\"inlineStr\"")));
    QVERIFY(cell("first_name", 2).contains(QStringLiteral("Ana María")));
    QVERIFY2(cell("last_name", 2).contains(QStringLiteral("Peña &amp; Hijos &lt;SA&gt;")),
             qPrintable(cell("last_name", 2)));
    QVERIFY(cell("tags", 2).contains(QLatin1String(">dog-owner;vip-event<")));
    QVERIFY(cell("churn_risk", 2).contains(QLatin1String(">low<")));
}

void TestOwnerXlsxExporter::textThatLooksLikeAFormulaStaysText()
{
    test::TestDatabase db;
    fillClinic(*db);
    const QString sheet = exportedSheet(*db, db.folder());
    QVERIFY2(!sheet.isNull(), "the sheet could not be read back with unzip");
    QVERIFY(!sheet.contains(QLatin1String("<f>")));
    const QString notes = cellXml(sheet, QStringLiteral("notes"), 2);
    QVERIFY2(notes.contains(QLatin1String("t=\"inlineStr\"")), qPrintable(notes));
    // No ' guard in xlsx: the text is exactly what was stored.
    QVERIFY2(notes.contains(QLatin1String("<t>=HYPERLINK(&quot;http://x&quot;)</t>")) ||
                 notes.contains(QLatin1String("<t>=HYPERLINK(\"http://x\")</t>")),
             qPrintable(notes));
}

void TestOwnerXlsxExporter::headerIsBoldFrozenAndFiltered()
{
    test::TestDatabase db;
    fillClinic(*db);
    const QString sheet = exportedSheet(*db, db.folder());
    QVERIFY2(!sheet.isNull(), "the sheet could not be read back with unzip");
    const QStringList columns =
        OwnerCsvExporter::importColumns() + OwnerCsvExporter::derivedColumns();
    for (const QString& column : columns)
        QVERIFY2(cellXml(sheet, column, 1).contains(QStringLiteral("<t>%1</t>").arg(column)),
                 qPrintable(column));
    QVERIFY(sheet.contains(QLatin1String("ySplit=\"1\"")));
    QVERIFY(sheet.contains(QLatin1String("state=\"frozen\"")));
    const QString lastCell = referenceOf(columns.last(), 3);
    QVERIFY2(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:%1\"/>").arg(lastCell)),
             qPrintable(lastCell));
    QVERIFY(sheet.contains(QLatin1String("<cols>")));
    const QString styles =
        partOf(db.folder() + QStringLiteral("/clientes.xlsx"), QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains(QLatin1String("<b/>")));
    QVERIFY(styles.contains(QLatin1String("formatCode=\"&quot;$&quot;#,##0.00\"")));
    QVERIFY(styles.contains(QLatin1String("formatCode=\"dd/mm/yyyy\"")));
}

void TestOwnerXlsxExporter::filterSelectsOwners()
{
    test::TestDatabase db;
    fillClinic(*db);
    const OwnerFilter onlyLuis{QStringLiteral("o.first_name = :name"),
                               {{QStringLiteral(":name"), QStringLiteral("Luis")}}};
    const QString path = db.folder() + QStringLiteral("/luis.xlsx");
    QCOMPARE(*OwnerXlsxExporter(*db).exportToFile(path, onlyLuis), 1);
    const QString sheet = partOf(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QCOMPARE(sheet.count(QStringLiteral("<row ")), 2);
    QVERIFY(sheet.contains(QLatin1String("HU-LUIS")));
    QVERIFY(!sheet.contains(QLatin1String("HU-ANA")));
}

void TestOwnerXlsxExporter::failureLeavesNoFileAndKeepsTheOldOne()
{
    test::TestDatabase db;
    fillClinic(*db);
    const OwnerFilter broken{QStringLiteral("no_such_column = 1"), {}};
    const QString fresh = db.folder() + QStringLiteral("/nuevo.xlsx");
    auto failed = OwnerXlsxExporter(*db).exportToFile(fresh, broken);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QLatin1String("nuevo.xlsx")), qPrintable(failed.error()));
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(partialFilesIn(db.folder()), QStringList());

    const QString existing = db.folder() + QStringLiteral("/clientes.xlsx");
    QVERIFY(OwnerXlsxExporter(*db).exportToFile(existing).ok());
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(!OwnerXlsxExporter(*db).exportToFile(existing, broken).ok());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(partialFilesIn(db.folder()), QStringList());

    QVERIFY(!OwnerXlsxExporter(*db).exportToFile(QStringLiteral("/proc/x/clientes.xlsx")).ok());
    QVERIFY(!OwnerXlsxExporter(*db).exportToFile(db.folder()).ok());
}

QTEST_GUILESS_MAIN(TestOwnerXlsxExporter)
#include "TestOwnerXlsxExporter.moc"
