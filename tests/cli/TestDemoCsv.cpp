#include "cli/CliCommands.h"
#include "core/AppIdentity.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/CliRun.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using huellas::test::runCli;
using Run = huellas::test::CliRun;

using namespace huellas;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every row of `sql`, one line each, in a database file opened for the purpose.
QStringList rowsOf(const QString& databasePath, const QString& sql)
{
    auto opened = Database::open(databasePath);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    auto query = Sql::exec((*opened)->connection(), sql);
    if (!query)
        qFatal("%s", qPrintable(query.error()));
    QStringList rows;
    while (query->next()) {
        QStringList cells;
        for (int i = 0; i < query->record().count(); ++i)
            cells << query->value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

const QStringList demo{QStringLiteral("demo"), QStringLiteral("--owners"), QStringLiteral("300"),
                       QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--today"),
                       QStringLiteral("2026-11-24")};

} // namespace

// demo --csv writes what demo writes into a database, as the six import files.
class TestDemoCsv final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importedFilesGiveTheOwnersDemoWritesDirectly();
    void eachTableHasTheSameRows_data();
    void eachTableHasTheSameRows();
    void whatCsvCannotCarryIsLeftOut();
    void needsNoDatabase();
    void anUnwritableFolderFailsWithoutFiles();

private:
    QTemporaryDir m_dir;
    QString m_direct;   // demo into a database
    QString m_imported; // demo --csv, then import into an empty database
    QString m_csv;
};

void TestDemoCsv::initTestCase()
{
    AppIdentity::apply();
    QVERIFY(m_dir.isValid());
    m_direct = m_dir.filePath(QStringLiteral("direct.sqlite"));
    m_imported = m_dir.filePath(QStringLiteral("imported.sqlite"));
    m_csv = m_dir.filePath(QStringLiteral("csv"));

    const Run direct = runCli(QStringList{QStringLiteral("--db"), m_direct} + demo);
    QVERIFY2(direct.code == 0, qPrintable(direct.err));
    const Run written = runCli(demo + QStringList{QStringLiteral("--csv"), m_csv});
    QVERIFY2(written.code == 0, qPrintable(written.err));
    QVERIFY2(written.out.contains(QStringLiteral("300 owners")), qPrintable(written.out));

    QStringList files;
    for (const char* name : {"owners", "pets", "appointments", "orders", "invoices", "interactions"})
        files << QDir(m_csv).filePath(QLatin1String(name) + QStringLiteral(".csv"));
    for (const QString& file : std::as_const(files))
        QVERIFY2(QFile::exists(file), qPrintable(file));
    const Run imported =
        runCli(QStringList{QStringLiteral("--db"), m_imported, QStringLiteral("import")} + files);
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    // Both as of the demo's date: the import refreshes as of the clock's.
    for (const QString& db : {m_direct, m_imported})
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("refresh"), QStringLiteral("--full"),
                         QStringLiteral("--today"), QStringLiteral("2026-11-24")})
                     .code,
                 0);
}

void TestDemoCsv::importedFilesGiveTheOwnersDemoWritesDirectly()
{
    const QString a = m_dir.filePath(QStringLiteral("direct-owners.csv"));
    const QString b = m_dir.filePath(QStringLiteral("imported-owners.csv"));
    QCOMPARE(runCli({QStringLiteral("--db"), m_direct, QStringLiteral("export"), QStringLiteral("owners"),
                     QStringLiteral("--out"), a})
                 .code,
             0);
    QCOMPARE(runCli({QStringLiteral("--db"), m_imported, QStringLiteral("export"), QStringLiteral("owners"),
                     QStringLiteral("--out"), b})
                 .code,
             0);
    const QByteArray direct = bytesOf(a);
    QCOMPARE(direct.count("\r\n"), 301); // the header and 300 owners
    QCOMPARE(bytesOf(b), direct);        // every column, the derived metrics and referrals too
}

void TestDemoCsv::eachTableHasTheSameRows_data()
{
    QTest::addColumn<QString>("sql");
    const auto all = [](const char* table) {
        return QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table));
    };
    QTest::newRow("owner tags") << QStringLiteral("SELECT * FROM owner_tags ORDER BY owner_id, tag");
    QTest::newRow("pets") << all("pets");
    QTest::newRow("appointments") << all("appointments");
    QTest::newRow("orders") << all("orders");
    QTest::newRow("invoices") << all("invoices");
    // Every column but the conversation (no file carries it); staff by username, the ids
    // differ (the import creates staff in the order it meets them).
    QTest::newRow("interactions") << QStringLiteral(
        "SELECT i.id, i.external_id, i.owner_id, interaction_type, direction, subject, summary, "
        "outcome, pet_id, appointment_id, order_id, sentiment, s.username, requires_follow_up, "
        "follow_up_date, follow_up_completed, i.created_at "
        "FROM interactions i LEFT JOIN staff s ON s.id = i.handled_by ORDER BY i.id");
}

void TestDemoCsv::eachTableHasTheSameRows()
{
    QFETCH(QString, sql);
    const QStringList direct = rowsOf(m_direct, sql);
    QVERIFY(direct.size() > 300);
    QCOMPARE(rowsOf(m_imported, sql), direct);
}

void TestDemoCsv::whatCsvCannotCarryIsLeftOut()
{
    const QString conversations = QStringLiteral("SELECT count(*) FROM conversations");
    QVERIFY(rowsOf(m_direct, conversations).value(0).toInt() > 0);
    QCOMPARE(rowsOf(m_imported, conversations), QStringList{QStringLiteral("0")});
    // The team arrives as usernames: inactive, without a login.
    const QString team = QStringLiteral("SELECT username, active FROM staff ORDER BY username");
    const QStringList direct = rowsOf(m_direct, team);
    QCOMPARE(direct.size(), 4);
    QStringList inactive;
    for (const QString& row : direct)
        inactive << row.section(QLatin1Char('|'), 0, 0) + QStringLiteral("|0");
    QCOMPARE(rowsOf(m_imported, team), inactive);
}

void TestDemoCsv::needsNoDatabase()
{
    // Without --db the default database would be used; --csv must not create or touch it.
    const QString missing = m_dir.filePath(QStringLiteral("never/created.sqlite"));
    const QString folder = m_dir.filePath(QStringLiteral("small"));
    const Run r = runCli({QStringLiteral("--db"), missing, QStringLiteral("demo"), QStringLiteral("--owners"),
                          QStringLiteral("3"), QStringLiteral("--csv"), folder});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(bytesOf(QDir(folder).filePath(QStringLiteral("owners.csv"))).count("\r\n"), 4);
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--owners"), QStringLiteral("0"), QStringLiteral("--csv"),
                     folder})
                 .code,
             2);
}

void TestDemoCsv::anUnwritableFolderFailsWithoutFiles()
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Run r = runCli({QStringLiteral("demo"), QStringLiteral("--owners"), QStringLiteral("3"), QStringLiteral("--csv"),
                          blocker + QStringLiteral("/inside")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("inside")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestDemoCsv)
#include "TestDemoCsv.moc"
