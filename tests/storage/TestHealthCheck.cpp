#include "storage/HealthCheck.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QSqlDatabase>
#include <QTest>

using namespace huellas;

namespace {

// Another program (an SQLite shell, an old script) working on the same file behind ours.
class OtherProgram final
{
public:
    explicit OtherProgram(const QString& path)
        : m_name(QStringLiteral("other-program-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~OtherProgram()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void run(const QString& sql)
    {
        auto r = Sql::exec(QSqlDatabase::database(m_name, false), sql);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

bool mentions(const QStringList& lines, const QString& start)
{
    for (const QString& line : lines)
        if (line.startsWith(start))
            return true;
    return false;
}

} // namespace

class TestHealthCheck final : public QObject
{
    Q_OBJECT

private slots:
    void aDatabaseWrittenByTheProgramIsHealthy();
    void ownersPointingAtMissingReferrersAreReported();
    void aStaleReferralCountIsReported();
    void anIndexOutOfStepWithItsTableIsReported();
    void aMissingOwnersTableIsAnErrorNotAReport();
};

void TestHealthCheck::aDatabaseWrittenByTheProgramIsHealthy()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    test::addOwner(*db, QStringLiteral("Luis"), ana);
    test::addOwner(*db, QStringLiteral("Eva"), ana);

    auto report = HealthCheck(*db).run();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->healthy, qPrintable(report->lines.join(QLatin1Char('\n'))));
    QVERIFY(report->lines.contains(QStringLiteral("Owners: 3")));
    QVERIFY(report->lines.contains(QStringLiteral("Schema version: %1 of %1").arg(Database::latestSchemaVersion())));
    QCOMPARE(report->lines.constLast(), QStringLiteral("The database is healthy."));
}

void TestHealthCheck::ownersPointingAtMissingReferrersAreReported()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    test::addOwner(*db, QStringLiteral("Luis"), ana);
    test::addOwner(*db, QStringLiteral("Eva"), ana);
    {
        // A tool that does not enforce foreign keys deletes the referrer.
        OtherProgram other(db.path());
        other.run(QStringLiteral("PRAGMA foreign_keys = OFF"));
        other.run(QStringLiteral("DELETE FROM owners WHERE id = %1").arg(ana));
    }

    auto report = HealthCheck(*db).run();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(!report->healthy);
    QVERIFY2(report->lines.contains(QStringLiteral("Foreign keys: 2 rows point to records that do not exist")),
             qPrintable(report->lines.join(QLatin1Char('\n'))));
    QCOMPARE(report->lines.constLast(), QStringLiteral("The database has problems."));
}

void TestHealthCheck::aStaleReferralCountIsReported()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    test::addOwner(*db, QStringLiteral("Luis"), ana);
    {
        OtherProgram other(db.path());
        other.run(QStringLiteral("UPDATE owners SET referrals_made = 7 WHERE id = %1").arg(ana));
    }

    auto report = HealthCheck(*db).run();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(!report->healthy);
    QVERIFY2(report->lines.contains(QStringLiteral("Referral counts: 1 owners have a stale count (run refresh)")),
             qPrintable(report->lines.join(QLatin1Char('\n'))));
    QVERIFY(report->lines.contains(QStringLiteral("Foreign keys: ok")));
}

void TestHealthCheck::anIndexOutOfStepWithItsTableIsReported()
{
    test::TestDatabase db;
    for (const char* name : {"Ana", "Luis", "Eva"})
        test::addOwner(*db, QString::fromLatin1(name));
    {
        // The definition of an index no longer matches what it holds: the damage SQLite's full
        // integrity check finds and the quick check made on opening does not.
        OtherProgram other(db.path());
        other.run(QStringLiteral("CREATE INDEX test_owner_first_names ON owners (first_name)"));
        other.run(QStringLiteral("PRAGMA writable_schema = ON"));
        other.run(QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX test_owner_first_names ON owners (last_name)' "
                                 "WHERE name = 'test_owner_first_names'"));
        other.run(QStringLiteral("PRAGMA writable_schema = OFF"));
    }
    auto reopened = Database::open(db.path());
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));

    auto report = HealthCheck(**reopened).run();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(!report->healthy);
    QVERIFY2(mentions(report->lines, QStringLiteral("Integrity: row ")), qPrintable(report->lines.join(QLatin1Char('\n'))));
    QVERIFY(report->lines.join(QLatin1Char('\n')).contains(QStringLiteral("test_owner_first_names")));
    QVERIFY(!mentions(report->lines, QStringLiteral("Integrity: ok")));
}

void TestHealthCheck::aMissingOwnersTableIsAnErrorNotAReport()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    {
        OtherProgram other(db.path());
        other.run(QStringLiteral("ALTER TABLE owners RENAME TO owners_archived"));
    }

    auto report = HealthCheck(*db).run();
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("no such table: owners")), qPrintable(report.error()));
}

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "TestHealthCheck.moc"
