#include "storage/ActivityRepository.h"
#include "storage/DatabaseBackup.h"
#include "storage/IntegrityCheck.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/ScratchFilesystem.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace huellas;

namespace {

std::unique_ptr<Database> openOrDie(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error()));
    return std::move(opened).value();
}

int ownerCount(Database& db)
{
    return *OwnerRepository(db).count();
}

void fillOwners(Database& db, int count)
{
    for (int i = 0; i < count; ++i)
        test::addOwner(db, QStringLiteral("Dueño %1").arg(i));
}

} // namespace

// The faults a clinic's computer meets — a read-only folder or disk, a full disk, odd paths —
// end in a clear message that names the cause, and never lose or damage what was there.
class TestDatabaseFaults final : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyDiskOpensForReadingAndRefusesWrites();
    void newDatabaseOnAReadOnlyDiskIsRefusedSayingSo();
    void fullDiskIsAClearErrorAndKeepsTheDataBefore();
    void lockedDatabaseNamesTheCause();
    void pathWithSpacesAccentsAndALongNameWorks();
};

void TestDatabaseFaults::readOnlyDiskOpensForReadingAndRefusesWrites()
{
    test::ReadOnlyPlace place;
    const QString path = place.filePath(QStringLiteral("huellas.sqlite"));
    {
        auto db = openOrDie(path);
        fillOwners(*db, 3);
    }
    QVERIFY(place.makeReadOnly(path));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Database& db = **opened;
    QVERIFY(db.isReadOnly());
    QCOMPARE(ownerCount(db), 3);
    Owner luis;
    luis.firstName = QStringLiteral("Luis");
    auto saved = OwnerRepository(db).save(luis);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("read-only")), qPrintable(saved.error()));
    QVERIFY(!saved.error().contains(QStringLiteral("damaged")));
    QVERIFY(!db.setSetting(QStringLiteral("clinic.name"), QStringLiteral("Huellas")).ok());
    // Read-only is not damage: the full check reads every page and finds nothing wrong.
    auto problems = IntegrityCheck::problems(db);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QCOMPARE(*problems, QStringList());
    // A second connection (a worker thread's) is read-only too, and reads the same.
    auto worker = Database::open(path);
    QVERIFY2(worker.ok(), qPrintable(worker.error()));
    QCOMPARE(ownerCount(**worker), 3);
}

void TestDatabaseFaults::newDatabaseOnAReadOnlyDiskIsRefusedSayingSo()
{
    test::ReadOnlyPlace place;
    QVERIFY(place.makeReadOnly());
    const QString path = place.filePath(QStringLiteral("nueva.sqlite"));
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("read-only")), qPrintable(opened.error()));
    QVERIFY(!QFile::exists(path));
}

// A small disk (root), else a page ceiling: SQLite reports SQLITE_FULL either way.
void TestDatabaseFaults::fullDiskIsAClearErrorAndKeepsTheDataBefore()
{
    test::ScratchFilesystem disk(2 * 1024 * 1024);
    QTemporaryDir fallback;
    const QString path = QDir(disk.mounted() ? disk.path() : fallback.path())
                             .filePath(QStringLiteral("huellas.sqlite"));
    auto db = openOrDie(path);
    fillOwners(*db, 4);
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    if (!disk.mounted()) {
        auto pages = Sql::scalar(db->connection(), QStringLiteral("PRAGMA page_count"));
        QVERIFY(Sql::exec(db->connection(),
                          QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toInt() + 20))
                    .ok());
    }
    QString error;
    for (int i = 0; i < 10000 && error.isEmpty(); ++i) {
        Interaction note;
        note.ownerId = ana;
        note.interactionType = QStringLiteral("call_in");
        note.summary = QString(4000, QChar(u'ñ'));
        note.createdAt = QDateTime::currentDateTimeUtc();
        if (auto saved = ActivityRepository(*db).save(note); !saved)
            error = saved.error();
    }
    QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
    db.reset();
    auto reopened = Database::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(ownerCount(**reopened), 5);
    auto problems = IntegrityCheck::problems(**reopened);
    QVERIFY2(problems.ok() && problems->isEmpty(), qPrintable(problems.ok() ? problems->join(';') : problems.error()));
}

void TestDatabaseFaults::lockedDatabaseNamesTheCause()
{
    test::TestDatabase db;
    QVERIFY(Sql::exec(db->connection(), QStringLiteral("PRAGMA busy_timeout = 50")).ok());
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
    other.setDatabaseName(db.path());
    QVERIFY(other.open());
    QVERIFY(Sql::exec(other, QStringLiteral("BEGIN IMMEDIATE")).ok());
    Owner luis;
    luis.firstName = QStringLiteral("Luis");
    auto saved = OwnerRepository(*db).save(luis);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("another workstation or program is writing")),
             qPrintable(saved.error()));
    (void)Sql::exec(other, QStringLiteral("ROLLBACK"));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
}

void TestDatabaseFaults::pathWithSpacesAccentsAndALongNameWorks()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Clínica Huellas/Recepción ñandú 'uno' & dos"));
    // 201 bytes of UTF-8: room left for "-wal" and a temporary ".part" name under the 255 a
    // Linux file name may have.
    const QString name = QString(90, QChar(u'á')) + QStringLiteral(" base de datos.sqlite");
    const QString path = QDir(folder).filePath(name);
    {
        auto db = openOrDie(path);
        fillOwners(*db, 4);
        QVERIFY(DatabaseBackup::backup(*db, QDir(folder).filePath(QStringLiteral("respaldo ñ.sqlite"))).ok());
    }
    QCOMPARE(ownerCount(*openOrDie(path)), 4);
    QCOMPARE(ownerCount(*openOrDie(QDir(folder).filePath(QStringLiteral("respaldo ñ.sqlite")))), 4);
}

QTEST_GUILESS_MAIN(TestDatabaseFaults)
#include "TestDatabaseFaults.moc"
