#include "storage/DatabaseBackup.h"
#include "storage/HealthCheck.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace huellas;

namespace {

// Each fault is tried this many times, at random moments of the command's run. The sanitizer
// run (scripts/test-sanitizers.sh), where the command is three times slower, asks for fewer.
const int kills = qEnvironmentVariableIsSet("HUELLAS_CRASH_KILLS")
                      ? qMax(1, qEnvironmentVariableIntValue("HUELLAS_CRASH_KILLS"))
                      : 20;

const QString cli = QStringLiteral(HUELLAS_CLI_PATH);

// Runs huellas-cli to the end; its exit code, or -1 when it crashed or hung.
int runToEnd(const QStringList& arguments)
{
    QProcess process;
    process.start(cli, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

// Starts huellas-cli, kills it with SIGKILL after `afterMs`; true when it was still running
// (the kill landed), false when it had already finished.
bool killDuring(const QStringList& arguments, int afterMs)
{
    QProcess process;
    process.start(cli, arguments);
    if (!process.waitForStarted(10000))
        qFatal("huellas-cli did not start");
    if (process.waitForFinished(afterMs))
        return false;
    process.kill(); // SIGKILL: no handler, no cleanup, like a power cut for the process
    process.waitForFinished(10000);
    return true;
}

qint64 count(const QString& path, const QString& table)
{
    auto db = Database::open(path); // also replays a hot WAL left by the killed process
    if (!db)
        qFatal("reopen after a kill failed: %s", qPrintable(db.error()));
    return Sql::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))->toLongLong();
}

QString metricsChecksum(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    return Sql::scalar((*db)->connection(),
                       QStringLiteral("SELECT group_concat(id || ':' || coalesce(last_visit_date, '') "
                                      "|| ':' || churn_risk || ':' || engagement_score, ',') "
                                      "FROM (SELECT * FROM owners ORDER BY id)"))
        ->toString();
}

bool healthy(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return false;
    auto report = HealthCheck(**db).run();
    return report && report->healthy;
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    if (!QFile::copy(from, to))
        qFatal("cannot copy %s", qPrintable(from));
}

int randomMs(qint64 upTo)
{
    return 1 + int(QRandomGenerator::global()->bounded(qMax<qint64>(2, upTo)));
}

void report(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
    if (const QString file = qEnvironmentVariable("HUELLAS_FIGURES"); !file.isEmpty()) {
        QFile out(file);
        if (out.open(QIODevice::Append | QIODevice::Text))
            QTextStream(&out) << line << '\n';
    }
}

} // namespace

// A process killed at any moment — SIGKILL, as a power cut or a crash does it — leaves a
// database that passes the health check and holds all of the interrupted work or none of it.
class TestCrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportLeavesAllOrNothing();
    void killedRefreshLeavesOldOrNewMetrics();
    void killedRestoreLeavesTheOldOrTheRestoredDatabase();

private:
    QTemporaryDir m_dir;
    QString m_base;   // a database with demo data
    QString m_owners; // files of a large import
    QString m_interactions;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(QFile::exists(cli));
    m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
    QCOMPARE(runToEnd({QStringLiteral("--db"), m_base, QStringLiteral("demo"), QStringLiteral("--owners"),
                       QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("3"),
                       QStringLiteral("--today"), QStringLiteral("2026-11-24")}),
             0);
    m_owners = m_dir.filePath(QStringLiteral("owners.csv"));
    m_interactions = m_dir.filePath(QStringLiteral("interactions.csv"));
    QFile owners(m_owners);
    QFile interactions(m_interactions);
    QVERIFY(owners.open(QIODevice::WriteOnly) && interactions.open(QIODevice::WriteOnly));
    QTextStream o(&owners);
    QTextStream i(&interactions);
    o << "external_id,first_name,last_name,phone,tier,tags,created_at\n";
    i << "external_id,owner_external_id,interaction_type,subject,created_at\n";
    for (int n = 0; n < 6000; ++n) {
        o << "IMP-" << n << ",Nombre" << n << ",Apellido" << n << ",998" << (1000000 + n)
          << ",regular,\"dog-owner;importado\",2026-01-01T12:00:00Z\n";
        i << "IMPI-" << 2 * n << ",IMP-" << n << ",call_in,Llamada " << n << ",2026-02-01T12:00:00Z\n";
        i << "IMPI-" << 2 * n + 1 << ",IMP-" << n << ",visit,Visita " << n << ",2026-03-01T12:00:00Z\n";
    }
}

void TestCrashSafety::killedImportLeavesAllOrNothing()
{
    const QString work = m_dir.filePath(QStringLiteral("import.sqlite"));
    const qint64 ownersBefore = count(m_base, QStringLiteral("owners"));
    const qint64 interactionsBefore = count(m_base, QStringLiteral("interactions"));
    copyFile(m_base, work);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd({QStringLiteral("--db"), work, QStringLiteral("import"), m_owners, m_interactions}), 0);
    const qint64 fullRun = timer.elapsed();
    QCOMPARE(count(work, QStringLiteral("owners")), ownersBefore + 6000);

    int landed = 0;
    int none = 0;
    int all = 0;
    for (int k = 0; landed < kills && k < 4 * kills; ++k) {
        copyFile(m_base, work);
        if (!killDuring({QStringLiteral("--db"), work, QStringLiteral("import"), m_owners, m_interactions},
                        randomMs(fullRun)))
            continue;
        ++landed;
        QVERIFY2(healthy(work), "the health check failed after a killed import");
        const qint64 owners = count(work, QStringLiteral("owners"));
        const qint64 interactions = count(work, QStringLiteral("interactions"));
        if (owners == ownersBefore && interactions == interactionsBefore)
            ++none;
        else if (owners == ownersBefore + 6000 && interactions == interactionsBefore + 12000)
            ++all;
        else
            QFAIL(qPrintable(QStringLiteral("partial import after a kill: %1 owners, %2 interactions")
                                 .arg(owners)
                                 .arg(interactions)));
    }
    QCOMPARE(landed, kills);
    report(QStringLiteral("import of 18,000 rows (%1 ms): killed %2 times with SIGKILL; afterwards "
                          "check passed %2 times, nothing imported %3, everything %4, partial 0")
               .arg(fullRun)
               .arg(landed)
               .arg(none)
               .arg(all));
}

void TestCrashSafety::killedRefreshLeavesOldOrNewMetrics()
{
    const QString work = m_dir.filePath(QStringLiteral("refresh.sqlite"));
    // --full: the long statement over every activity table, where a kill is likeliest to land.
    const QStringList refresh{QStringLiteral("--db"), work, QStringLiteral("refresh"), QStringLiteral("--full"),
                              QStringLiteral("--today"), QStringLiteral("2027-06-30")};
    copyFile(m_base, work);
    const QString before = metricsChecksum(work);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd(refresh), 0);
    const qint64 fullRun = timer.elapsed();
    const QString after = metricsChecksum(work);
    QVERIFY(before != after);

    int landed = 0;
    int old = 0;
    int fresh = 0;
    for (int k = 0; landed < kills && k < 4 * kills; ++k) {
        copyFile(m_base, work);
        if (!killDuring(refresh, randomMs(fullRun)))
            continue;
        ++landed;
        QVERIFY2(healthy(work), "the health check failed after a killed refresh");
        const QString now = metricsChecksum(work);
        if (now == before)
            ++old;
        else if (now == after)
            ++fresh;
        else
            QFAIL("the metrics are a mix of before and after the refresh");
    }
    QCOMPARE(landed, kills);
    report(QStringLiteral("refresh --full of 1,500 owners (%1 ms): killed %2 times; check passed %2 times, "
                          "old metrics %3, new %4, mixed 0")
               .arg(fullRun)
               .arg(landed)
               .arg(old)
               .arg(fresh));
}

void TestCrashSafety::killedRestoreLeavesTheOldOrTheRestoredDatabase()
{
    const QString work = m_dir.filePath(QStringLiteral("restore.sqlite"));
    const QString backup = m_dir.filePath(QStringLiteral("small-backup.sqlite"));
    {
        test::TestDatabase small;
        test::addOwner(*small, QStringLiteral("Ana"));
        QVERIFY(DatabaseBackup::backup(*small, backup).ok());
    }
    const QStringList restore{QStringLiteral("--db"), work, QStringLiteral("restore"), backup};
    const qint64 ownersBefore = count(m_base, QStringLiteral("owners"));
    copyFile(m_base, work);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd(restore), 0);
    const qint64 fullRun = timer.elapsed();
    QCOMPARE(count(work, QStringLiteral("owners")), 1);

    int landed = 0;
    int old = 0;
    int restored = 0;
    for (int k = 0; landed < kills && k < 4 * kills; ++k) {
        copyFile(m_base, work);
        if (!killDuring(restore, randomMs(fullRun)))
            continue;
        ++landed;
        QVERIFY2(healthy(work), "the health check failed after a killed restore");
        const qint64 owners = count(work, QStringLiteral("owners"));
        if (owners == ownersBefore)
            ++old;
        else if (owners == 1)
            ++restored;
        else
            QFAIL(qPrintable(QStringLiteral("a mixed database after a killed restore: %1 owners").arg(owners)));
        // No half-written dated copy is left where the clinic would take it for a good one.
        for (const QString& name : QDir(m_dir.path()).entryList({QStringLiteral("restore-antes-de-restaurar-*.sqlite")})) {
            QVERIFY2(healthy(m_dir.filePath(name)), qPrintable(name));
            QFile::remove(m_dir.filePath(name));
        }
    }
    QCOMPARE(landed, kills);
    report(QStringLiteral("restore over 1,500 owners (%1 ms): killed %2 times; check passed %2 times, "
                          "old database %3, restored %4, mixed 0")
               .arg(fullRun)
               .arg(landed)
               .arg(old)
               .arg(restored));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
