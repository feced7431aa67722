#include "cli/CliCommands.h"
#include "core/AppIdentity.h"
#include "storage/Database.h"
#include "storage/ActivityRepository.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace huellas;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

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
}

void TestCli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const Run r = runCli(QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("h.sqlite"))} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
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

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
