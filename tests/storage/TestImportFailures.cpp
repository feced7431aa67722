#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "storage/import/CsvImporter.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QSqlDatabase>
#include <QTest>

using namespace huellas;

namespace {

// Another program on the same file: a second workstation, or a script working behind ours.
class OtherProgram final
{
public:
    explicit OtherProgram(const QString& path)
        : m_name(QStringLiteral("import-other-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~OtherProgram()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            (void)Sql::exec(db, QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    void run(const QString& sql)
    {
        if (auto r = Sql::exec(QSqlDatabase::database(m_name, false), sql); !r)
            qFatal("%s", qPrintable(r.error()));
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

QStringList sampleFiles()
{
    const QDir folder(qEnvironmentVariable("HUELLAS_TEST_DATA") + QStringLiteral("/import/sample"));
    QStringList files;
    for (const QString& name : folder.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        files << folder.filePath(name);
    return files;
}

int rowsIn(const QString& path, const QString& table)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    auto n = Sql::scalar((*opened)->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!n)
        qFatal("%s", qPrintable(n.error()));
    return n->toInt();
}

} // namespace

// An import that cannot complete writes nothing and says why.
class TestImportFailures final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aFileThatDoesNotExistIsReportedByName();
    void importingWhileAnotherWorkstationWritesReportsTheLock();
    void importingIntoAReadOnlyConnectionWritesNothing();
    void aTableMissingBehindTheProgramsBackAbortsTheWholeImport_data();
    void aTableMissingBehindTheProgramsBackAbortsTheWholeImport();
};

void TestImportFailures::initTestCase()
{
    QCOMPARE(sampleFiles().size(), 6);
    // The sample is importable as it is, so every failure below comes from the trouble made.
    test::TestDatabase db;
    auto report = CsvImporter(*db).run(sampleFiles());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->ok(), qPrintable(report->errors.join(QLatin1Char('\n'))));
    QVERIFY(*OwnerRepository(*db).count() > 0);
}

void TestImportFailures::aFileThatDoesNotExistIsReportedByName()
{
    test::TestDatabase db;
    const QString missing = QDir(db.folder()).filePath(QStringLiteral("owners-2024.csv"));
    auto report = CsvImporter(*db).run(sampleFiles() << missing);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().startsWith(QStringLiteral("Cannot read %1: ").arg(missing)), qPrintable(report.error()));
    QCOMPARE(*OwnerRepository(*db).count(), 0);
}

void TestImportFailures::importingWhileAnotherWorkstationWritesReportsTheLock()
{
    test::TestDatabase db;
    QVERIFY(Sql::exec(db->connection(), QStringLiteral("PRAGMA busy_timeout = 50")).ok());
    {
        OtherProgram other(db.path());
        other.run(QStringLiteral("BEGIN IMMEDIATE"));
        auto report = CsvImporter(*db).run(sampleFiles());
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QStringLiteral("database is locked")), qPrintable(report.error()));
    }
    QCOMPARE(*OwnerRepository(*db).count(), 0);
}

void TestImportFailures::importingIntoAReadOnlyConnectionWritesNothing()
{
    test::TestDatabase db;
    QVERIFY(Sql::exec(db->connection(), QStringLiteral("PRAGMA query_only = ON")).ok());
    auto report = CsvImporter(*db).run(sampleFiles());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("readonly")), qPrintable(report.error()));
    QCOMPARE(rowsIn(db.path(), QStringLiteral("owners")), 0);
}

void TestImportFailures::aTableMissingBehindTheProgramsBackAbortsTheWholeImport_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("owners") << QStringLiteral("owners");
    QTest::newRow("owner tags") << QStringLiteral("owner_tags");
    QTest::newRow("staff") << QStringLiteral("staff");
    QTest::newRow("pets") << QStringLiteral("pets");
    QTest::newRow("interactions") << QStringLiteral("interactions");
    QTest::newRow("audit log") << QStringLiteral("audit_log");
}

void TestImportFailures::aTableMissingBehindTheProgramsBackAbortsTheWholeImport()
{
    QFETCH(QString, table);
    test::TestDatabase db;
    OtherProgram other(db.path());
    other.run(QStringLiteral("ALTER TABLE %1 RENAME TO %1_elsewhere").arg(table));

    auto report = CsvImporter(*db).run(sampleFiles());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("no such table: ")), qPrintable(report.error()));

    other.run(QStringLiteral("ALTER TABLE %1_elsewhere RENAME TO %1").arg(table));
    for (const char* written : {"owners", "owner_tags", "pets", "interactions"})
        QCOMPARE(rowsIn(db.path(), QString::fromLatin1(written)), 0);
}

QTEST_GUILESS_MAIN(TestImportFailures)
#include "TestImportFailures.moc"
