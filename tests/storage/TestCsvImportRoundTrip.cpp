#include "storage/OwnerCsvExporter.h"
#include "storage/Sql.h"
#include "storage/import/CsvImporter.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace huellas;

// What comes back in: spreadsheet encodings, RFC 4180 quoting, our own export, staff names.

namespace {

QString quoted(const QString& cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
        return cell;
    return QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString writeBytes(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString writeCsv(const QString& folder, const QString& name, const QList<QStringList>& rows)
{
    QByteArray bytes;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << quoted(cell);
        bytes += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return writeBytes(folder, name, bytes);
}

ImportReport imported(Database& database, const QStringList& files)
{
    auto report = CsvImporter(database).run(files);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error()));
    return *report;
}

QVariant scalar(Database& database, const QString& sql)
{
    auto value = Sql::scalar(database.connection(), sql);
    if (!value)
        qFatal("%s", qPrintable(value.error()));
    return *value;
}

QString ownerText(Database& database, const QString& externalId, const QString& column)
{
    auto value =
        Sql::scalar(database.connection(),
                    QStringLiteral("SELECT %1 FROM owners WHERE external_id = :e").arg(column),
                    {{QStringLiteral(":e"), externalId}});
    if (!value)
        qFatal("%s", qPrintable(value.error()));
    return value->toString();
}

QByteArray exported(Database& database, const QString& path)
{
    auto rows = OwnerCsvExporter(database).exportToFile(path);
    if (!rows)
        qFatal("export failed: %s", qPrintable(rows.error()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestCsvImportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void windows1252IsDecodedAndAnnounced();
    void quotedCellsKeepDelimitersQuotesAndLineBreaks();
    void exportImportExportIsByteIdentical();
    void knownStaffIsReusedUnknownCreatedInactive();
};

void TestCsvImportRoundTrip::windows1252IsDecodedAndAnnounced()
{
    test::TestDatabase db;
    const QString path = db.folder() + "/owners-export.csv";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // "Peña", "José" and "€ 5" as Excel writes them on a Spanish Windows.
    file.write("external_id;first_name;last_name;notes\r\nHU-1;Jos\xe9;Pe\xf1"
               "a;\x80 5\r\n");
    file.close();
    const ImportReport report = imported(*db, {path});
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QVERIFY2(report.notices.contains(path + ": not UTF-8, read as Windows-1252"),
             qPrintable(report.notices.join('\n')));
    QCOMPARE(ownerText(*db, "HU-1", "first_name"), QStringLiteral("José"));
    QCOMPARE(ownerText(*db, "HU-1", "last_name"), QStringLiteral("Peña"));
    QCOMPARE(ownerText(*db, "HU-1", "notes"), QStringLiteral("€ 5"));
}

void TestCsvImportRoundTrip::quotedCellsKeepDelimitersQuotesAndLineBreaks()
{
    test::TestDatabase db;
    const QString path = db.folder() + "/owners.csv";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("external_id,first_name,notes,tier\n"
               "HU-1,Ana,\"Uno, dos \"\"tres\"\"\ncuatro\r\ncinco\",vip\n"
               "HU-2,\"Beto\",\" con espacios \",regular\n"
               "HU-3,Carla,x,gold\n");
    file.close();
    ImportReport report = imported(*db, {path});
    // HU-1 spans lines 2 to 4; the bad row is on physical line 6.
    QCOMPARE(report.errors,
             QStringList{path + ":6: tier: unknown value, expected one of new, regular, vip, "
                                "professional (gold)"});
    QCOMPARE(scalar(*db, "SELECT count(*) FROM owners").toInt(), 0);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("external_id,first_name,notes,tier\n"
               "HU-1,Ana,\"Uno, dos \"\"tres\"\"\ncuatro\r\ncinco\",vip\n"
               "HU-2,\"Beto\",\" con espacios \",regular\n");
    file.close();
    report = imported(*db, {path});
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ownerText(*db, "HU-1", "notes"), QStringLiteral("Uno, dos \"tres\"\ncuatro\r\ncinco"));
    QCOMPARE(ownerText(*db, "HU-2", "notes"), QStringLiteral(" con espacios "));
}

void TestCsvImportRoundTrip::exportImportExportIsByteIdentical()
{
    test::TestDatabase source;
    const QString owners = writeCsv(
        source.folder(), "owners.csv",
        {{"external_id", "first_name", "last_name", "occupation", "phone", "gender", "referred_by",
          "tags", "notes", "internal_notes", "created_at"},
         {"HU-1", "=SUM(A1)", "-", "@x", "+529981234567", "", "HU-2", "a;b c",
          "Ñandú, \"comillas\"\ny saltos\r\nde línea", "\tcon tab", "2025-01-10T15:00:00Z"},
         {"HU-2", "José", "Peña", "'=ya protegido", "", "-12 espacio ", "", "", "", "",
          "2025-01-11T15:00:00Z"}});
    const QString pets =
        writeCsv(source.folder(), "pets.csv",
                 {{"external_id", "owner_external_id", "name"}, {"P-1", "HU-1", "Rex"}});
    const QString orders =
        writeCsv(source.folder(), "orders.csv",
                 {{"external_id", "owner_external_id", "ordered_at", "total", "payment_status"},
                  {"O-1", "HU-1", "2026-01-10T17:00:00Z", "1234.56", "paid"}});
    const ImportReport report = imported(*source, {owners, pets, orders});
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    const QByteArray first = exported(*source, source.folder() + "/owners-export.csv");
    QVERIFY(first.contains(",'=SUM(A1),'-,,,,'@x,'+529981234567,"));

    test::TestDatabase copy;
    const ImportReport again = imported(*copy, {source.folder() + "/owners-export.csv"});
    QVERIFY2(again.ok(), qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ownerText(*copy, "HU-1", "first_name"), QStringLiteral("=SUM(A1)"));
    QCOMPARE(ownerText(*copy, "HU-1", "phone"), QStringLiteral("+529981234567"));
    QCOMPARE(ownerText(*copy, "HU-1", "internal_notes"), QStringLiteral("\tcon tab"));
    // The metrics come from the database, not from the file: the copy has no orders.
    QCOMPARE(ownerText(*copy, "HU-1", "lifetime_value").toLongLong(), 0);
    QVERIFY(imported(*copy, {orders}).ok());
    const QByteArray second = exported(*copy, copy.folder() + "/owners-export.csv");
    QCOMPARE(second, first);
}

void TestCsvImportRoundTrip::knownStaffIsReusedUnknownCreatedInactive()
{
    test::TestDatabase db;
    QVERIFY(Sql::exec(db->connection(), "INSERT INTO staff (username, display_name, password_hash) "
                                        "VALUES ('dra.lopez', 'Dra. López', 'x')"));
    const QString owners =
        writeCsv(db.folder(), "owners.csv", {{"external_id", "first_name"}, {"HU-1", "Ana"}});
    const QString interactions = writeCsv(
        db.folder(), "interactions.csv",
        {{"external_id", "owner_external_id", "interaction_type", "handled_by", "created_at"},
         {"I-1", "HU-1", "call_in", "dra.lopez", "2026-01-10T10:00:00Z"},
         {"I-2", "HU-1", "call_in", "nuevo.recepcion", "2026-01-10T11:00:00Z"},
         {"I-3", "HU-1", "sms", "nuevo.recepcion", "2026-01-10T12:00:00Z"}});
    const ImportReport report = imported(*db, {interactions, owners});
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QCOMPARE(report.createdStaff, QStringList{"nuevo.recepcion"});
    QVERIFY(report.notices.join('\n').contains("nuevo.recepcion"));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM staff").toInt(), 2);
    QCOMPARE(scalar(*db, "SELECT active || role || password_hash FROM staff "
                         "WHERE username = 'nuevo.recepcion'")
                 .toString(),
             QStringLiteral("0reception"));
    QCOMPARE(scalar(*db,
                    "SELECT s.username FROM interactions i JOIN staff s ON s.id = i.handled_by "
                    "WHERE i.external_id = 'I-1'")
                 .toString(),
             QStringLiteral("dra.lopez"));
}

QTEST_GUILESS_MAIN(TestCsvImportRoundTrip)
#include "TestCsvImportRoundTrip.moc"
