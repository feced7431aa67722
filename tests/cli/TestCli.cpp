#include "cli/CliCommands.h"
#include "core/AppIdentity.h"
#include "storage/Database.h"
#include "storage/ActivityRepository.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"
#include "support/CliRun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using huellas::test::runCli;
using Run = huellas::test::CliRun;

using namespace huellas;

namespace {

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AppIdentity::apply(); }
    void helpAndVersionExitZero();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void initCreatesTheDatabase();
    void aBadServerAddressExitsTwoNamingWhatIsWrong();
    void aServerThatDoesNotAnswerExitsFour();
    void refreshRecomputesAsOfTheGivenDate();
    void exportWritesEveryOwnerWithDerivedColumns();
    void exportToAnUnwritablePlaceIsADatabaseError();
    void checkReportsAHealthyDatabase();
    void checkReportsStaleReferralCounts();
    void notADatabaseExitsFour();
    void segmentCountMatchesHandBuiltData();
    void segmentMembersListsExternalIds();
    void brokenRulesExitThreeNamingTheKey();
    void exportWithRulesWritesOnlyMembers();
    void savedSegmentIsListedCountedAndExported();
    void savingBrokenRulesExitsThreeAndStoresNothing();
    void unknownSegmentExitsThree();
    void exportToXlsxWritesAWorkbook();
    void backupWritesAConsistentCopy();
    void exportImportExportKeepsEveryOwnerColumn();
    void semicolonFileWithBomImportsTheSame();
    void malformedImportExitsThreeAndChangesNothing();
    void importNormalizesPhonesAndRefusesBadOnes();
    void oldSystemExportWithUndatedFollowUpsImports();
    void restoreReplacesTheDatabaseOrRefusesAndChangesNothing();
};

void TestCli::helpAndVersionExitZero()
{
    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char* command : {"init", "refresh", "export owners", "demo", "check"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    const Run version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.contains(AppIdentity::version()));
    QTemporaryDir dir;
    const Run commandHelp = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("h.sqlite")),
                                 QStringLiteral("refresh"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.code, 2); // --help belongs before the command
}

void TestCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")};
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--colour"), QStringLiteral("init")};
    QTest::newRow("unknown command option") << QStringList{QStringLiteral("init"), QStringLiteral("--fast")};
    QTest::newRow("option without value") << QStringList{QStringLiteral("refresh"), QStringLiteral("--today")};
    QTest::newRow("bad date") << QStringList{QStringLiteral("refresh"), QStringLiteral("--today"), QStringLiteral("24/11/2026")};
    QTest::newRow("demo without owners") << QStringList{QStringLiteral("demo")};
    QTest::newRow("demo bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--owners"), QStringLiteral("3"), QStringLiteral("--seed=x")};
    QTest::newRow("demo bad today") << QStringList{QStringLiteral("demo"), QStringLiteral("--owners=3"), QStringLiteral("--today"), QStringLiteral("ayer")};
    QTest::newRow("export what") << QStringList{QStringLiteral("export"), QStringLiteral("pets")};
    QTest::newRow("file and server") << QStringList{QStringLiteral("--db-url"), QStringLiteral("postgresql://u@127.0.0.1/h"),
                                                    QStringLiteral("init")};
}

void TestCli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const Run r = runCli(QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("h.sqlite"))} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::aBadServerAddressExitsTwoNamingWhatIsWrong()
{
    const Run r = runCli({QStringLiteral("--db-url=postgresql://recepcion:secreto@127.0.0.1/huellas"), QStringLiteral("init")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("secreto")), qPrintable(r.err));
}

void TestCli::aServerThatDoesNotAnswerExitsFour()
{
    // Nothing listens on port 1 of this computer: the connection is refused at once.
    const Run r = runCli({QStringLiteral("--db-url"), QStringLiteral("postgresql://recepcion@127.0.0.1:1/huellas"),
                          QStringLiteral("init")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("postgresql://recepcion@127.0.0.1:1/huellas")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("does not answer")), qPrintable(r.err));
}

void TestCli::initCreatesTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/h.sqlite"));
    const Run r = runCli({QStringLiteral("--db=") + path, QStringLiteral("init")});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(path));
    QVERIFY(r.out.contains(path));
}

void TestCli::refreshRecomputesAsOfTheGivenDate()
{
    test::TestDatabase db;
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("refresh"), QStringLiteral("--today"),
                       QStringLiteral("2026-11-24")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("2026-11-24")));
    QCOMPARE(*db->setting(QStringLiteral("metrics_as_of")), QStringLiteral("2026-11-24"));
}

void TestCli::exportWritesEveryOwnerWithDerivedColumns()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    test::addOwner(*db, QStringLiteral("Luis"));
    const QString out = db.folder() + QStringLiteral("/owners.csv");
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("owners"),
                       QStringLiteral("--out"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("2")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, 2 rows, empty after the last CRLF
    QVERIFY(lines.at(0).contains("external_id,first_name"));
    QVERIFY(lines.at(0).contains("engagement_score,churn_risk,last_engagement_date,referrals_made"));
}

void TestCli::exportToAnUnwritablePlaceIsADatabaseError()
{
    test::TestDatabase db;
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("owners"),
                       QStringLiteral("--out"), QStringLiteral("/proc/nope/owners.csv")});
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains(QStringLiteral("/proc/nope/owners.csv")));
}

void TestCli::checkReportsAHealthyDatabase()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("healthy")));
    QVERIFY(r.out.contains(QStringLiteral("Owners: 1")));
}

void TestCli::checkReportsStaleReferralCounts()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    QVERIFY(Sql::exec(db->connection(), QStringLiteral("UPDATE owners SET referrals_made = 5 WHERE id = :id"),
                      {{QStringLiteral(":id"), ana}}).ok());
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check")});
    QCOMPARE(r.code, 4);
    QVERIFY(r.out.contains(QStringLiteral("Referral counts")));
}

void TestCli::notADatabaseExitsFour()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2048, 'a'));
    file.close();
    const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains(path));
}

namespace {

// Three owners: only Ana is a VIP dog owner seen within 90 days.
void buildSegmentData(Database& db)
{
    const QDate today = QDate(2026, 11, 24);
    QVERIFY(MetricsRefresher(db).refreshAll(today).ok());
    const auto add = [&db, &today](const QString& name, const QString& tier, const QString& tag, int daysAgo) {
        Owner o;
        o.firstName = name;
        o.externalId = QStringLiteral("X-") + name;
        o.tier = tier;
        o.tags = {tag};
        QVERIFY(OwnerRepository(db).save(o).ok());
        Appointment a;
        a.ownerId = o.id;
        a.status = QStringLiteral("completed");
        a.scheduledAt = test::localNoon(today.addDays(-daysAgo));
        QVERIFY(ActivityRepository(db).save(a).ok());
    };
    add(QStringLiteral("Ana"), QStringLiteral("vip"), QStringLiteral("dog-owner"), 90);
    add(QStringLiteral("Beto"), QStringLiteral("vip"), QStringLiteral("dog-owner"), 91);
    add(QStringLiteral("Caro"), QStringLiteral("regular"), QStringLiteral("dog-owner"), 10);
}

const QString seedRules = QStringLiteral(R"({"tier":["vip"],"tags":["dog-owner"],"days_since_visit_max":90})");

} // namespace

void TestCli::segmentCountMatchesHandBuiltData()
{
    test::TestDatabase db;
    buildSegmentData(*db);
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("count"),
                          QStringLiteral("--rules"), seedRules});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("1"));
    const Run all = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("count"),
                            QStringLiteral("--rules"), QStringLiteral("{}")});
    QCOMPARE(all.out.trimmed(), QStringLiteral("3"));
}

void TestCli::segmentMembersListsExternalIds()
{
    test::TestDatabase db;
    buildSegmentData(*db);
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("members"),
                          QStringLiteral("--rules"), QStringLiteral(R"({"tags":["dog-owner"],"visits_min":1})")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("X-Ana\nX-Beto\nX-Caro\n"));
    const Run usage = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("members")});
    QCOMPARE(usage.code, 2);
    const Run unknown = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("fly")});
    QCOMPARE(unknown.code, 2);
}

void TestCli::brokenRulesExitThreeNamingTheKey()
{
    test::TestDatabase db;
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("count"),
                          QStringLiteral("--rules"), QStringLiteral(R"({"tier":["gold"]})")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QStringLiteral("tier")));
    QVERIFY(r.err.contains(QStringLiteral("gold")));
    const Run json = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("count"),
                             QStringLiteral("--rules"), QStringLiteral("{tier")});
    QCOMPARE(json.code, 3);
}

void TestCli::exportWithRulesWritesOnlyMembers()
{
    test::TestDatabase db;
    buildSegmentData(*db);
    const QString out = db.folder() + QStringLiteral("/vip.csv");
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("owners"),
                          QStringLiteral("--rules"), seedRules, QStringLiteral("--out"), out});
    QCOMPARE(r.code, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.contains("X-Ana"));
    QVERIFY(!csv.contains("X-Beto"));
    QCOMPARE(csv.count('\n'), 2);
}

void TestCli::savedSegmentIsListedCountedAndExported()
{
    test::TestDatabase db;
    buildSegmentData(*db);
    const QStringList base{QStringLiteral("--db"), db.path()};
    const Run saved = runCli(base + QStringList{QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--slug"),
                                                QStringLiteral("perros-vip"), QStringLiteral("--name"),
                                                QStringLiteral("Perros VIP"), QStringLiteral("--rules"), seedRules});
    QCOMPARE(saved.code, 0);
    QVERIFY(saved.out.contains(QStringLiteral("1")));
    const Run list = runCli(base + QStringList{QStringLiteral("segment"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.startsWith(QStringLiteral("perros-vip\t1\t")));
    QVERIFY(list.out.contains(QStringLiteral("Perros VIP")));
    const Run count = runCli(base + QStringList{QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--segment"),
                                                QStringLiteral("perros-vip")});
    QCOMPARE(count.out.trimmed(), QStringLiteral("1"));
    const QString out = db.folder() + QStringLiteral("/seg.csv");
    const Run exported = runCli(base + QStringList{QStringLiteral("export"), QStringLiteral("owners"), QStringLiteral("--segment"),
                                                   QStringLiteral("perros-vip"), QStringLiteral("--out"), out});
    QCOMPARE(exported.code, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 2);
    // Saving again under the same slug edits the segment.
    const Run edited = runCli(base + QStringList{QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--slug"),
                                                 QStringLiteral("perros-vip"), QStringLiteral("--name"), QStringLiteral("Perros"),
                                                 QStringLiteral("--rules"), QStringLiteral(R"({"tags":["dog-owner"]})")});
    QCOMPARE(edited.code, 0);
    const Run both = runCli(base + QStringList{QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--segment"),
                                               QStringLiteral("perros-vip"), QStringLiteral("--rules"), QStringLiteral("{}")});
    QCOMPARE(both.code, 2);
}

void TestCli::savingBrokenRulesExitsThreeAndStoresNothing()
{
    test::TestDatabase db;
    const QStringList base{QStringLiteral("--db"), db.path()};
    const Run r = runCli(base + QStringList{QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--slug"), QStringLiteral("x"),
                                            QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--rules"),
                                            QStringLiteral(R"({"lifetime_value_min":500,"lifetime_value_max":100})")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QStringLiteral("lifetime_value")));
    QCOMPARE(runCli(base + QStringList{QStringLiteral("segment"), QStringLiteral("list")}).out, QString());
    QCOMPARE(runCli(base + QStringList{QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--slug"), QStringLiteral("x")}).code, 2);
}

void TestCli::unknownSegmentExitsThree()
{
    test::TestDatabase db;
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("members"),
                          QStringLiteral("--segment"), QStringLiteral("nadie")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QStringLiteral("nadie")));
}

void TestCli::exportToXlsxWritesAWorkbook()
{
    test::TestDatabase db;
    buildSegmentData(*db);
    const QString out = db.folder() + QStringLiteral("/owners.xlsx");
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("export"), QStringLiteral("owners"),
                          QStringLiteral("--out"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("3")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK");
}

void TestCli::backupWritesAConsistentCopy()
{
    test::TestDatabase db;
    buildSegmentData(*db);
    const QString copy = db.folder() + QStringLiteral("/copia.sqlite");
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup"), copy});
    QCOMPARE(r.code, 0);
    const Run check = runCli({QStringLiteral("--db"), copy, QStringLiteral("check")});
    QCOMPARE(check.code, 0);
    QVERIFY(check.out.contains(QStringLiteral("Owners: 3")));
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup"), db.path()}).code, 4);
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup")}).code, 2);
}

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// The owners.csv columns of an export (the derived ones depend on activity, not imported here).
QStringList ownerColumnsOf(const QString& csv)
{
    QStringList rows;
    for (const QString& line : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows << line.section(QLatin1Char(','), 0, 27);
    return rows;
}

} // namespace

void TestCli::exportImportExportKeepsEveryOwnerColumn()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const QString first = dir.filePath(QStringLiteral("owners.csv"));
    const QString second = dir.filePath(QStringLiteral("again/owners.csv"));
    QDir().mkpath(dir.filePath(QStringLiteral("again")));
    QCOMPARE(runCli({QStringLiteral("--db"), a, QStringLiteral("demo"), QStringLiteral("--owners"), QStringLiteral("60"),
                     QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--today"), QStringLiteral("2026-11-24")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("owners"), QStringLiteral("--out"), first}).code, 0);
    const Run imported = runCli({QStringLiteral("--db"), b, QStringLiteral("import"), first});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("owners: 60 new")));
    QCOMPARE(runCli({QStringLiteral("--db"), b, QStringLiteral("refresh"), QStringLiteral("--today"), QStringLiteral("2026-11-24")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("--db"), b, QStringLiteral("export"), QStringLiteral("owners"), QStringLiteral("--out"), second}).code, 0);
    QCOMPARE(ownerColumnsOf(readAll(second)), ownerColumnsOf(readAll(first)));
    // Importing the same file again updates instead of duplicating.
    const Run again = runCli({QStringLiteral("--db"), b, QStringLiteral("import"), first});
    QVERIFY(again.out.contains(QStringLiteral("owners: 0 new, 60 updated")));
}

void TestCli::semicolonFileWithBomImportsTheSame()
{
    QTemporaryDir dir;
    const QString comma = dir.filePath(QStringLiteral("comma/owners.csv"));
    const QString semicolon = dir.filePath(QStringLiteral("semi/owners.csv"));
    QDir().mkpath(dir.filePath(QStringLiteral("comma")));
    QDir().mkpath(dir.filePath(QStringLiteral("semi")));
    writeFile(comma, "external_id,first_name,last_name,phone,tags,notes\n"
                     "A1,Ana,\"Pe\xc3\xb1" "a, Canul\",998 123 4567,dog-owner;premium,\"dice \"\"hola\"\"\"\n");
    writeFile(semicolon, "\xEF\xBB\xBF" "external_id;first_name;last_name;phone;tags;notes\r\n"
                         "A1;Ana;\"Pe\xc3\xb1" "a, Canul\";998 123 4567;dog-owner|premium;\"dice \"\"hola\"\"\"\r\n");
    QString exports[2];
    int i = 0;
    for (const QString& file : {comma, semicolon}) {
        const QString db = dir.filePath(QStringLiteral("db%1.sqlite").arg(i));
        const Run r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString out = dir.filePath(QStringLiteral("out%1.csv").arg(i));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("owners"), QStringLiteral("--out"), out}).code, 0);
        exports[i++] = ownerColumnsOf(readAll(out)).join(QLatin1Char('\n')).remove(QRegularExpression(QStringLiteral(",[^,]*Z$")));
    }
    QCOMPARE(exports[1].section(QLatin1Char('\n'), 1).section(QLatin1Char(','), 0, 26),
             exports[0].section(QLatin1Char('\n'), 1).section(QLatin1Char(','), 0, 26));
    QVERIFY(exports[0].contains(QStringLiteral("\"Peña, Canul\"")));
    QVERIFY(exports[0].contains(QStringLiteral("\"dog-owner;premium\"")));
}

void TestCli::malformedImportExitsThreeAndChangesNothing()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Existente"));
    const QString owners = db.folder() + QStringLiteral("/owners.csv");
    const QString pets = db.folder() + QStringLiteral("/pets.csv");
    writeFile(owners, "external_id,first_name,tier,birth_date\n"
                      "B1,Beto,regular,1980-01-01\n"
                      "B2,Caro,gold,1980-01-01\n"
                      "B3,Dani,new,31/12/1980\n");
    writeFile(pets, "external_id,owner_external_id,name,species,colour\n"
                    "P1,NOBODY,Firulais,dog,negro\n");
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), owners, pets});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(owners + QStringLiteral(":3: tier")), qPrintable(r.err));
    QVERIFY2(r.err.contains(owners + QStringLiteral(":4: birth_date")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("colour")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err));
    const Run count = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("count"),
                              QStringLiteral("--rules"), QStringLiteral("{}")});
    QCOMPARE(count.out.trimmed(), QStringLiteral("1"));
    const Run dry = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), QStringLiteral("--dry-run"), owners});
    QCOMPARE(dry.code, 3);
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import")}).code, 2);
}

void TestCli::importNormalizesPhonesAndRefusesBadOnes()
{
    test::TestDatabase db;
    const QString owners = db.folder() + QStringLiteral("/owners.csv");
    writeFile(owners, "external_id,first_name,phone,whatsapp\n"
                      "C1,Ana,998 123 4567,+52 (998) 765-4321\n");
    const Run dry = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), QStringLiteral("--dry-run"), owners});
    QCOMPARE(dry.code, 0);
    QVERIFY(dry.out.contains(QStringLiteral("Dry run")));
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("count"),
                     QStringLiteral("--rules"), QStringLiteral("{}")}).out.trimmed(), QStringLiteral("0"));
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), owners}).code, 0);
    auto owner = OwnerRepository(*db).find(OwnerRepository(*db).idOfExternalId(QStringLiteral("C1"))->value_or(0));
    QCOMPARE(owner->phone, QStringLiteral("+529981234567"));
    QCOMPARE(owner->whatsapp, QStringLiteral("+529987654321"));
    writeFile(owners, "external_id,first_name,phone\nC2,Luis,998 12\n");
    const Run bad = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"), owners});
    QCOMPARE(bad.code, 3);
    QVERIFY2(bad.err.contains(owners + QStringLiteral(":2: phone")), qPrintable(bad.err));
    QVERIFY(bad.err.contains(QStringLiteral("998 12")));
}

// The old web system allowed requires_follow_up=True with no follow_up_date (Django's
// null=True, blank=True); its exports must import whole, not be refused.
void TestCli::oldSystemExportWithUndatedFollowUpsImports()
{
    test::TestDatabase db;
    const QString data = qEnvironmentVariable("HUELLAS_TEST_DATA") + QStringLiteral("/import/undated/");
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import"),
                          data + QStringLiteral("owners.csv"), data + QStringLiteral("interactions.csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("interactions: 5 new")), qPrintable(r.out));
    auto undated = Sql::scalar(db->connection(),
                               QStringLiteral("SELECT count(*) FROM interactions WHERE "
                                              "requires_follow_up = 1 AND follow_up_date IS NULL"));
    QCOMPARE(undated->toInt(), 3);
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check")}).code, 0);
}

void TestCli::restoreReplacesTheDatabaseOrRefusesAndChangesNothing()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const QString backup = db.folder() + QStringLiteral("/respaldo.sqlite");
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup"), backup}).code, 0);
    test::addOwner(*db, QStringLiteral("Luis"));
    const QString notes = db.folder() + QStringLiteral("/notas.sqlite");
    writeFile(notes, "no soy una base de datos\n");
    const Run refused = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("restore"), notes});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("Nothing was changed")), qPrintable(refused.err));
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("count"),
                     QStringLiteral("--rules"), QStringLiteral("{}")}).out.trimmed(), QStringLiteral("2"));
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("restore")}).code, 2);
    const Run restored = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("restore"), backup});
    QVERIFY2(restored.code == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(QStringLiteral("antes-de-restaurar")), qPrintable(restored.out));
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("segment"), QStringLiteral("count"),
                     QStringLiteral("--rules"), QStringLiteral("{}")}).out.trimmed(), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
