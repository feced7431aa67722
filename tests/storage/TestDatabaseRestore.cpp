#include "storage/DailyBackup.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseRestore.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace huellas;
using huellas::test::dump;

namespace {

QStringList names(const QStringList& paths)
{
    QStringList result;
    for (const QString& path : paths)
        result << QFileInfo(path).fileName();
    return result;
}

const QDateTime restoreTime(QDate(2026, 12, 1), QTime(9, 30, 5));

} // namespace

// Restoring a backup replaces the database only after checking the file, keeps the current one
// as a dated copy, and works for a database that no longer opens; the daily backup keeps the
// newest ones and nothing else.
class TestDatabaseRestore final : public QObject
{
    Q_OBJECT

private slots:
    void restoreBringsBackTheBackupAndKeepsTheCurrentDatabase();
    void otherConnectionsSeeTheRestoredData();
    void refusesWhatIsNotASoundBackupOfOurs_data();
    void refusesWhatIsNotASoundBackupOfOurs();
    void restoresOverADatabaseThatNoLongerOpens();
    void dailyBackupIsTakenOnceADayAndTheNewestAreKept();
    void dailyBackupLeavesOtherFilesAlone();
};

void TestDatabaseRestore::restoreBringsBackTheBackupAndKeepsTheCurrentDatabase()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    test::addOwner(*db, QStringLiteral("Luis"));
    const QStringList atBackup = dump(*db);
    const QString backup = db.folder() + QStringLiteral("/respaldo.sqlite");
    QVERIFY(DatabaseBackup::backup(*db, backup).ok());
    test::addOwner(*db, QStringLiteral("Carla"));
    const QStringList beforeRestore = dump(*db);
    QVERIFY(beforeRestore != atBackup);

    auto previous = DatabaseRestore::restore(*db, backup, restoreTime);
    QVERIFY2(previous.ok(), qPrintable(previous.error()));
    QCOMPARE(QFileInfo(*previous).fileName(),
             QStringLiteral("test-antes-de-restaurar-20261201-093005.sqlite"));
    QCOMPARE(dump(*db), atBackup);
    // The dated copy is the database exactly as it was before the restore.
    auto kept = Database::open(*previous);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
    QCOMPARE(dump(**kept), beforeRestore);
    // The backup file itself is left as it was, and the restored database goes on working.
    QCOMPARE(*OwnerRepository(*db).count(), 2);
    test::addOwner(*db, QStringLiteral("Dora"));
    QCOMPARE(*OwnerRepository(*db).count(), 3);
}

void TestDatabaseRestore::otherConnectionsSeeTheRestoredData()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const QString backup = db.folder() + QStringLiteral("/respaldo.sqlite");
    QVERIFY(DatabaseBackup::backup(*db, backup).ok());
    test::addOwner(*db, QStringLiteral("Luis"));
    auto otherDesk = Database::open(db.path());
    QVERIFY(otherDesk.ok());
    QCOMPARE(*OwnerRepository(**otherDesk).count(), 2);
    QVERIFY(DatabaseRestore::restore(*db, backup, restoreTime).ok());
    QCOMPARE(*OwnerRepository(**otherDesk).count(), 1);
}

void TestDatabaseRestore::refusesWhatIsNotASoundBackupOfOurs_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QByteArray() << "does not exist";
    QTest::newRow("text file") << QByteArray("external_id,first_name\n") << "not an SQLite file";
    QTest::newRow("another program's database") << QByteArray("other") << "not a Huellas CRM database";
    QTest::newRow("newer schema") << QByteArray("newer") << "newer version";
    QTest::newRow("damaged") << QByteArray("damaged") << "damaged";
}

void TestDatabaseRestore::refusesWhatIsNotASoundBackupOfOurs()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const QStringList before = dump(*db);
    const QString path = db.folder() + QStringLiteral("/candidate.sqlite");
    if (content == "other") {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(Sql::exec(other, QStringLiteral("CREATE TABLE notes (text TEXT)")).ok());
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else if (content == "newer" || content == "damaged") {
        QVERIFY(DatabaseBackup::backup(*db, path).ok());
        if (content == "newer") {
            auto copy = Database::open(path);
            QVERIFY(Sql::exec((*copy)->connection(), QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")).ok());
        } else {
            // Keep the first pages (header, schema), scramble the rest.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 keep = 4 * 4096;
            QVERIFY(file.size() > keep);
            file.seek(keep);
            file.write(QByteArray(int(file.size() - keep), '\x5a'));
        }
    } else if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray candidateBytes = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto restored = DatabaseRestore::restore(*db, path, restoreTime);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(reason), qPrintable(restored.error()));
    QVERIFY2(restored.error().contains(QStringLiteral("Nothing was changed")), qPrintable(restored.error()));
    QCOMPARE(dump(*db), before);
    QCOMPARE(QDir(db.folder()).entryList({QStringLiteral("*antes-de-restaurar*")}), QStringList());
    QFile f(path);
    QCOMPARE(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(), candidateBytes);
}

void TestDatabaseRestore::restoresOverADatabaseThatNoLongerOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huellas.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("respaldo.sqlite"));
    {
        auto db = Database::open(path);
        test::addOwner(**db, QStringLiteral("Ana"));
        QVERIFY(DatabaseBackup::backup(**db, backup).ok());
    }
    {
        QFile file(path); // the schema page itself is gone
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(4096 - 100, '\x5a'));
    }
    QVERIFY(!Database::open(path).ok());
    auto previous = DatabaseRestore::restoreFile(path, backup, restoreTime);
    QVERIFY2(previous.ok(), qPrintable(previous.error()));
    QVERIFY(QFileInfo::exists(*previous));
    auto reopened = Database::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(*OwnerRepository(**reopened).count(), 1);
}

void TestDatabaseRestore::dailyBackupIsTakenOnceADayAndTheNewestAreKept()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const DailyBackup::Policy policy{{}, 3};
    QCOMPARE(DailyBackup::folderOf(db.path(), policy), db.folder() + QStringLiteral("/respaldos"));
    QDate day(2026, 11, 20);
    for (int i = 0; i < 5; ++i, day = day.addDays(1)) {
        auto written = DailyBackup::runIfDue(*db, policy, day);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(QFileInfo(*written).fileName(),
                 QStringLiteral("test-%1.sqlite").arg(day.toString(Qt::ISODate)));
        auto again = DailyBackup::runIfDue(*db, policy, day); // the second start of the day
        QVERIFY(again.ok());
        QCOMPARE(*again, QString());
    }
    QCOMPARE(names(DailyBackup::existing(db.path(), policy)),
             (QStringList{"test-2026-11-24.sqlite", "test-2026-11-23.sqlite", "test-2026-11-22.sqlite"}));
    {
        auto newest = Database::open(DailyBackup::existing(db.path(), policy).first());
        QVERIFY(newest.ok());
        QCOMPARE(*OwnerRepository(**newest).count(), 1);
    }
    // No half-written copy is ever left behind.
    const QStringList everything = QDir(DailyBackup::folderOf(db.path(), policy)).entryList(QDir::Files);
    QCOMPARE(everything.size(), 3);
}

void TestDatabaseRestore::dailyBackupLeavesOtherFilesAlone()
{
    test::TestDatabase db;
    QTemporaryDir elsewhere;
    const DailyBackup::Policy policy{elsewhere.path(), 1};
    for (const char* name : {"notas.sqlite", "test-copia.sqlite", "test-2026-01-01.sqlite.txt"}) {
        QFile file(elsewhere.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(DailyBackup::runIfDue(*db, policy, QDate(2026, 11, 1)).ok());
    QVERIFY(DailyBackup::runIfDue(*db, policy, QDate(2026, 11, 2)).ok());
    QCOMPARE(names(DailyBackup::existing(db.path(), policy)), QStringList{"test-2026-11-02.sqlite"});
    QCOMPARE(QDir(elsewhere.path()).entryList(QDir::Files).size(), 4);
}

QTEST_GUILESS_MAIN(TestDatabaseRestore)
#include "TestDatabaseRestore.moc"
