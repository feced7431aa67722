#include "support/CliRun.h"
#include "support/PostgresTestServer.h"

#include "core/AppIdentity.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace huellas;

// The same data on both engines gives the same answers: a clinic that moves from its SQLite
// file to a shared PostgreSQL server must not see one number change. The data set is the demo
// generator's six import files, imported through the command line on each engine.
class TestEnginesAgree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void anImportedDataSetExportsTheSameBytes();
    void everyRuleSelectsTheSameMembers_data();
    void everyRuleSelectsTheSameMembers();

private:
    // huellas-cli on one engine: `target` is {"--db", FILE} or {"--db-url", URL}.
    static test::CliRun on(const QStringList& target, const QStringList& command)
    {
        return test::runCli(target + command);
    }
    QStringList m_sqlite;
    QStringList m_postgres;
    QString m_scratchName;
    QTemporaryDir m_dir;
};

void TestEnginesAgree::initTestCase()
{
    AppIdentity::apply();
    QVERIFY(m_dir.isValid());
    const QString files = m_dir.filePath(QStringLiteral("demo"));
    const auto demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--csv"), files, QStringLiteral("--owners"),
                                    QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("11"),
                                    QStringLiteral("--today"), QStringLiteral("2026-11-20")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    auto url = test::createScratchDatabase(&m_scratchName);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    m_sqlite = {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("clinica.sqlite"))};
    m_postgres = {QStringLiteral("--db-url"), *url};
    QStringList csv;
    for (const QString& name : QDir(files).entryList({QStringLiteral("*.csv")}, QDir::Files))
        csv << QDir(files).filePath(name);
    QCOMPARE(csv.size(), 6);
    for (const QStringList& target : {m_sqlite, m_postgres}) {
        const auto imported = on(target, QStringList{QStringLiteral("import")} + csv);
        QVERIFY2(imported.code == 0, qPrintable(target.last() + QLatin1Char('\n') + imported.out + imported.err));
        const auto refreshed = on(target, {QStringLiteral("refresh"), QStringLiteral("--today"), QStringLiteral("2026-11-20")});
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
    }
}

void TestEnginesAgree::cleanupTestCase()
{
    if (!m_scratchName.isEmpty())
        QVERIFY(test::dropScratchDatabase(m_scratchName).ok());
}

void TestEnginesAgree::anImportedDataSetExportsTheSameBytes()
{
    QByteArray exported[2];
    int engine = 0;
    for (const QStringList& target : {m_sqlite, m_postgres}) {
        const QString out = m_dir.filePath(QStringLiteral("export-%1.csv").arg(engine));
        const auto run = on(target, {QStringLiteral("export"), QStringLiteral("owners"), QStringLiteral("--out"), out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        exported[engine++] = file.readAll();
    }
    QCOMPARE(exported[0].count("\r\n"), 151); // the header and every owner
    if (exported[0] != exported[1]) {
        const QList<QByteArray> a = exported[0].split('\n');
        const QList<QByteArray> b = exported[1].split('\n');
        for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
            QVERIFY2(a.at(i) == b.at(i), qPrintable(QStringLiteral("line %1 differs:\nSQLite:     %2\nPostgreSQL: %3")
                                                        .arg(i + 1)
                                                        .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
        QCOMPARE(a.size(), b.size());
    }
}

void TestEnginesAgree::everyRuleSelectsTheSameMembers_data()
{
    QTest::addColumn<QString>("rules");
    // Every rule key of DOMAIN.md at least once, and the combinations the dashboard offers.
    const char* const rules[] = {
        R"({})",
        R"({"tier":["vip","regular"]})",
        R"({"tags":["dog-owner"]})",
        R"({"tags_any":["cat-owner","exotic"]})",
        R"({"tags_none":["dog-owner"]})",
        R"({"tags":["dog-owner","puppy","a","b","c","d","e","f","g","h"]})",
        R"({"lifetime_value_min":500000})",
        R"({"lifetime_value_max":100000})",
        R"({"days_since_visit_min":90})",
        R"({"days_since_visit_max":30})",
        R"({"days_since_visit_min":1000000000})",
        R"({"churn_risk":["high","medium"]})",
        R"({"email_opt_in":true})",
        R"({"sms_opt_in":false})",
        R"({"whatsapp_opt_in":true})",
        R"({"acquisition_source":["referral","facebook"]})",
        R"({"city":["Puerto Morelos"]})",
        R"({"neighborhood":["Centro","Punta Brava"]})",
        R"({"preferred_language":["en"]})",
        R"({"engagement_min":40})",
        R"({"engagement_max":20})",
        R"({"visits_min":5})",
        R"({"species":["cat"]})",
        R"({"referred":true})",
        R"({"created_after":"2025-01-01"})",
        R"({"created_before":"2024-06-01"})",
        R"({"any":[{"tier":["vip"]},{"churn_risk":["high"],"whatsapp_opt_in":true}]})",
    };
    for (const char* r : rules)
        QTest::newRow(r) << QString::fromUtf8(r);
}

void TestEnginesAgree::everyRuleSelectsTheSameMembers()
{
    QFETCH(QString, rules);
    const QStringList members{QStringLiteral("segment"), QStringLiteral("members"), QStringLiteral("--rules"), rules};
    const QStringList count{QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--rules"), rules};
    const auto onSqlite = on(m_sqlite, members);
    const auto onPostgres = on(m_postgres, members);
    QVERIFY2(onSqlite.code == 0, qPrintable(onSqlite.err));
    QVERIFY2(onPostgres.code == 0, qPrintable(onPostgres.err));
    QStringList a = onSqlite.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList b = onPostgres.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    a.sort();
    b.sort();
    QCOMPARE(b, a);
    QCOMPARE(on(m_postgres, count).out.trimmed(), QString::number(a.size()));
    QCOMPARE(on(m_sqlite, count).out.trimmed(), QString::number(a.size()));
}

QTEST_GUILESS_MAIN(TestEnginesAgree)
#include "TestEnginesAgree.moc"
