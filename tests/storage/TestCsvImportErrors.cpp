#include "storage/Sql.h"
#include "storage/import/CsvImporter.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTest>

using huellas::test::writeFile;

using namespace huellas;
using huellas::test::dump;

namespace {

// tests/data/import/…: ctest says where tests/data is; run by hand, it is found from here.
QString testData(const QString& relative)
{
    const QString root = qEnvironmentVariable("HUELLAS_TEST_DATA");
    return root.isEmpty() ? QFINDTESTDATA("../data/" + relative) : root + '/' + relative;
}

ImportReport imported(Database& database, const QStringList& files, bool dryRun = false)
{
    auto report = CsvImporter(database).run(files, dryRun);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error()));
    return *report;
}

// A small valid database for the malformed files to refer to: HU-1 with pet P-1, HU-3 with P-3.
void importBase(test::TestDatabase& db)
{
    const QString folder = db.folder() + "/base";
    QDir().mkpath(folder);
    const QStringList files{
        writeFile(folder, "owners.csv", "external_id,first_name\nHU-1,Ana\nHU-3,Carla\n"),
        writeFile(folder, "pets.csv",
                  "external_id,owner_external_id,name\nP-1,HU-1,Rex\nP-3,HU-3,Piolín\n")};
    const ImportReport report = imported(*db, files);
    if (!report.ok())
        qFatal("base import: %s", qPrintable(report.errors.join('\n')));
}

} // namespace

class TestCsvImportErrors : public QObject
{
    Q_OBJECT

private slots:
    void malformedSetReportsEveryBadLineAndWritesNothing();
    void malformedSampleFilesAreReported();
    void referralCycleInTheFileIsRejected();
    void referralCycleThroughTheDatabaseIsRejected();
    void referralsTheFileRearrangesAreNoCycle();
    void selfReferralIsRejected();
    void dryRunWithErrorsWritesNothing();
    void controlCharacterInACellIsRefusedWithItsLine_data();
    void controlCharacterInACellIsRefusedWithItsLine();
    void tabsAndLineBreaksInQuotedCellsAreKept();
    void missingRequiredColumnIsReported();
    void unclosedQuoteReportsTheLineWhereTheRecordStarts();
};

void TestCsvImportErrors::malformedSetReportsEveryBadLineAndWritesNothing()
{
    test::TestDatabase db;
    importBase(db);
    const QStringList before = dump(*db);
    const QString dir = db.folder();
    const QStringList files{
        writeFile(dir, "owners.csv",
                  "external_id,first_name,last_name,birth_date,tier,email_opt_in,colour\n"
                  "HU-10,Ana,López,1985-13-01,vip,true,red\n"
                  "HU-11,Beto,Ruiz,1990-01-01,gold,true,blue\n"
                  "HU-12,Carla,Díaz,,new,maybe,green\n"
                  "HU-13,Dora,Sosa,,regular,false,\n"),
        writeFile(dir, "pets.csv",
                  "external_id,owner_external_id,name,species\n"
                  "P-10,HU-404,Bobby,dog\n"
                  "P-11,HU-12,Rex,dinosaur\n"
                  "P-12,HU-13,Luna,cat\n"),
        writeFile(dir, "orders.csv",
                  "external_id,owner_external_id,number,ordered_at,total,payment_status\n"
                  "O-10,HU-1,T-1,2026-01-10T10:00:00Z,\"12,50\",paid\n"
                  "O-11,HU-1,T-2,2026-01\"10,100.00,paid\n"
                  "O-12,HU-1,T-3,2026-01-11,abc,paid\n"),
        writeFile(dir, "appointments.csv",
                  "external_id,owner_external_id,pet_external_id,scheduled_at,status,reason\n"
                  "A-10,HU-1,P-3,2026-01-10T10:00:00Z,completed,x\n"
                  "A-11,HU-1,,not-a-date,scheduled,y\n"),
        writeFile(dir, "interactions.csv",
                  "external_id,owner_external_id,interaction_type,requires_follow_up,created_at\n"
                  "I-10,HU-1,visit,si,2026-01-10T10:00:00Z\n"
                  "I-10,HU-1,call_in,no,\n"),
        writeFile(dir, "clients.csv", "external_id\nX\n"),
    };
    const ImportReport report = imported(*db, files);
    const auto at = [&dir](const char* file) {
        return dir + QLatin1Char('/') + QLatin1String(file);
    };
    const QStringList expected{
        at("clients.csv") + ": the file name must contain one of owners, pets, appointments, "
                            "orders, invoices or interactions",
        at("owners.csv") + ":1: header: unknown column (colour)",
        at("owners.csv") + ":2: birth_date: not a date YYYY-MM-DD (1985-13-01)",
        at("owners.csv") + ":3: tier: unknown value, expected one of new, regular, vip, "
                           "professional (gold)",
        at("owners.csv") + ":4: email_opt_in: not a yes/no value (true/false, 1/0, sí/no, "
                           "yes/no) (maybe)",
        at("pets.csv") + ":2: owner_external_id: not found in the imported files nor in the "
                         "database (HU-404)",
        at("pets.csv") + ":3: species: unknown value, expected one of dog, cat, bird, rabbit, "
                         "rodent, reptile, other (dinosaur)",
        at("appointments.csv") + ":2: pet_external_id: belongs to another owner (P-3)",
        at("appointments.csv") + ":3: scheduled_at: not an ISO 8601 date and time (not-a-date)",
        at("orders.csv") + ":2: total: not an amount in pesos with a '.' decimal point (12,50)",
        at("orders.csv") + ":3: the quoting is broken",
        at("orders.csv") + ":4: total: not an amount in pesos with a '.' decimal point (abc)",
        at("interactions.csv") + ":3: external_id: repeated in this file, first on line 2 (I-10)",
    };
    QCOMPARE(report.errors, expected);
    QVERIFY(!report.ok());
    QCOMPARE(dump(*db), before);
}

void TestCsvImportErrors::malformedSampleFilesAreReported()
{
    test::TestDatabase db;
    const QString owners = testData("import/malformed/owners.csv");
    const QString pets = testData("import/malformed/pets.csv");
    const QString orders = testData("import/malformed/orders.csv");
    const ImportReport report = imported(*db, {orders, pets, owners});
    const QStringList expected{
        owners + ":1: header: unknown column (favourite_colour)",
        owners + ":2: birth_date: not a date YYYY-MM-DD (1985-13-01)",
        owners + ":3: tier: unknown value, expected one of new, regular, vip, professional (gold)",
        owners + ":4: email_opt_in: not a yes/no value (true/false, 1/0, sí/no, yes/no) (quizá)",
        pets +
            ":2: owner_external_id: not found in the imported files nor in the database (HU-0404)",
        pets + ":3: the quoting is broken",
        orders + ":2: total: not an amount in pesos with a '.' decimal point (12,50)",
    };
    QCOMPARE(report.errors, expected);
    QCOMPARE(Sql::scalar(db->connection(), "SELECT count(*) FROM owners")->toInt(), 0);
}

void TestCsvImportErrors::referralCycleInTheFileIsRejected()
{
    test::TestDatabase db;
    const QString owners = writeFile(db.folder(), "owners.csv",
                                     "external_id,first_name,referred_by\n"
                                     "HU-1,Ana,HU-2\n"
                                     "HU-2,Beto,HU-3\n"
                                     "HU-3,Carla,HU-1\n");
    const ImportReport report = imported(*db, {owners});
    QCOMPARE(report.errors,
             QStringList{owners + ":4: referred_by: this referral would close a cycle (HU-1)"});
    QCOMPARE(Sql::scalar(db->connection(), "SELECT count(*) FROM owners")->toInt(), 0);
}

void TestCsvImportErrors::referralCycleThroughTheDatabaseIsRejected()
{
    test::TestDatabase db;
    const QString first =
        writeFile(db.folder(), "owners.csv",
                  "external_id,first_name,referred_by\nHU-1,Ana,HU-2\nHU-2,Beto,\n");
    QVERIFY(imported(*db, {first}).ok());
    const QStringList before = dump(*db);
    const QString second = writeFile(db.folder(), "more_owners.csv",
                                     "external_id,first_name,referred_by\nHU-2,Beto,HU-1\n");
    const ImportReport report = imported(*db, {second});
    QCOMPARE(report.errors,
             QStringList{second + ":2: referred_by: this referral would close a cycle (HU-1)"});
    QCOMPARE(dump(*db), before);
}

void TestCsvImportErrors::referralsTheFileRearrangesAreNoCycle()
{
    test::TestDatabase db;
    const QString first =
        writeFile(db.folder(), "owners.csv",
                  "external_id,first_name,referred_by\nHU-1,Ana,HU-2\nHU-2,Beto,\n");
    QVERIFY(imported(*db, {first}).ok());
    // Stored: HU-1 referred by HU-2. The file turns it around; at no point is that a cycle.
    const QString second =
        writeFile(db.folder(), "owners_2.csv",
                  "external_id,first_name,referred_by\nHU-2,Beto,HU-1\nHU-1,Ana,\n");
    const ImportReport report = imported(*db, {second});
    QVERIFY2(report.ok(), qPrintable(report.errors.join('\n')));
    const auto referrerOf = [&db](const char* owner) {
        return Sql::scalar(
                   db->connection(),
                   "SELECT r.external_id FROM owners o LEFT JOIN owners r ON r.id = o.referred_by "
                   "WHERE o.external_id = :e",
                   {{":e", QString::fromLatin1(owner)}})
            ->toString();
    };
    QCOMPARE(referrerOf("HU-2"), QStringLiteral("HU-1"));
    QCOMPARE(referrerOf("HU-1"), QString());
    QCOMPARE(Sql::scalar(db->connection(),
                         "SELECT referrals_made FROM owners WHERE external_id = 'HU-1'")
                 ->toInt(),
             1);
}

void TestCsvImportErrors::selfReferralIsRejected()
{
    test::TestDatabase db;
    const QString owners = writeFile(db.folder(), "owners.csv",
                                     "external_id,first_name,referred_by\nHU-1,Ana,HU-1\n"
                                     "HU-2,Beto,HU-404\n");
    const ImportReport report = imported(*db, {owners});
    QCOMPARE(report.errors,
             (QStringList{owners + ":2: referred_by: an owner cannot refer themself (HU-1)",
                          owners + ":3: referred_by: not found in the imported files nor in the "
                                   "database (HU-404)"}));
}

void TestCsvImportErrors::dryRunWithErrorsWritesNothing()
{
    test::TestDatabase db;
    importBase(db);
    const QStringList before = dump(*db);
    const QString owners = writeFile(
        db.folder(), "owners.csv", "external_id,first_name,tier\nHU-20,Eva,new\nHU-21,Fer,gold\n");
    const ImportReport report = imported(*db, {owners}, true);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(dump(*db), before);
}

void TestCsvImportErrors::controlCharacterInACellIsRefusedWithItsLine_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("code");
    // "Centr\0o", as a damaged export writes it: stored, it would show as "Centr" and match
    // no segment on "Centro".
    QTest::newRow("NUL, quoted") << QByteArray("\"Centr\0o\"", 9) << "U+0000";
    QTest::newRow("NUL, unquoted") << QByteArray("Centr\0o", 7) << "U+0000";
    QTest::newRow("bell") << QByteArray("\"Cen\atro\"") << "U+0007";
    QTest::newRow("escape") << QByteArray("Centro\x1b") << "U+001B";
    QTest::newRow("DEL") << QByteArray("Cent\x7fro") << "U+007F";
    QTest::newRow("C1 next line") << QByteArray("Centro\xc2\x85") << "U+0085";
}

void TestCsvImportErrors::controlCharacterInACellIsRefusedWithItsLine()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, code);
    test::TestDatabase db;
    importBase(db);
    const QStringList before = dump(*db);
    const QString owners = writeFile(db.folder(), "owners.csv",
                                     "external_id,first_name,neighborhood\nHU-30,Eva,Centro\n"
                                     "HU-31,Fer," + cell + "\n");
    // A pet of the refused owner is not reported again as "not found".
    const QString pets = writeFile(db.folder(), "pets.csv",
                                   "external_id,owner_external_id,name\nP-31,HU-31,Rex\n");
    const ImportReport report = imported(*db, {owners, pets});
    QCOMPARE(report.errors, QStringList{owners + ":3: neighborhood: control character (" + code + ")"});
    QCOMPARE(dump(*db), before);
}

void TestCsvImportErrors::tabsAndLineBreaksInQuotedCellsAreKept()
{
    test::TestDatabase db;
    const QString owners = writeFile(db.folder(), "owners.csv",
                                     "external_id,first_name,notes\r\n"
                                     "HU-40,Eva,\"line one\r\nline\ttwo\nthree\"\r\n");
    const ImportReport report = imported(*db, {owners});
    QVERIFY2(report.ok(), qPrintable(report.errors.join('\n')));
    auto notes = Sql::scalar(db->connection(),
                             QStringLiteral("SELECT notes FROM owners WHERE external_id = 'HU-40'"));
    QCOMPARE(notes->toString(), QStringLiteral("line one\r\nline\ttwo\nthree"));
}

void TestCsvImportErrors::missingRequiredColumnIsReported()
{
    test::TestDatabase db;
    const QString pets = writeFile(db.folder(), "pets.csv", "external_id,name\nP-1,Rex\n");
    const ImportReport report = imported(*db, {pets});
    QCOMPARE(report.errors,
             QStringList{pets + ":1: header: missing required column (owner_external_id)"});
}

void TestCsvImportErrors::unclosedQuoteReportsTheLineWhereTheRecordStarts()
{
    test::TestDatabase db;
    const QString owners = writeFile(db.folder(), "owners.csv",
                                     "external_id,first_name,notes\r\nHU-1,Ana,ok\r\n"
                                     "HU-2,Beto,\"sin cerrar\r\nHU-3,Carla,x\r\n");
    const ImportReport report = imported(*db, {owners});
    QCOMPARE(report.errors, QStringList{owners + ":3: the quoting is broken"});
    QCOMPARE(Sql::scalar(db->connection(), "SELECT count(*) FROM owners")->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCsvImportErrors)
#include "TestCsvImportErrors.moc"
