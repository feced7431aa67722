#include "storage/DatabaseBackup.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace huellas;

namespace {

int ownersIn(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error()));
    auto n = OwnerRepository(**opened).count();
    if (!n)
        qFatal("%s", qPrintable(n.error()));
    return *n;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestDatabaseBackup final : public QObject
{
    Q_OBJECT

private slots:
    void copiesWhileAnotherConnectionHoldsAReadTransaction();
    void copyPassesTheIntegrityCheckAndLeavesNoTemporaryFiles();
    void replacesAnEarlierBackup();
    void backupOntoTheDatabaseItselfIsRefused();
    void unwritableTargetIsRefused();
    void targetWithALeftoverLogIsRefused();
};

void TestDatabaseBackup::copiesWhileAnotherConnectionHoldsAReadTransaction()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    test::addOwner(*db, QStringLiteral("Luis"));

    auto reader = Database::open(db.path());
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    const QSqlDatabase readerConnection = (*reader)->connection();
    QVERIFY(Sql::exec(readerConnection, QStringLiteral("BEGIN")).ok());
    QCOMPARE(Sql::scalar(readerConnection, QStringLiteral("SELECT count(*) FROM owners"))->toInt(),
             2);

    // The desk keeps working while the reader's snapshot stays open…
    test::addOwner(*db, QStringLiteral("Eva"));
    QTemporaryDir backups;
    const QString backupPath = backups.filePath(QStringLiteral("huellas-backup.sqlite"));
    const Status done = DatabaseBackup::backup(*db, backupPath);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    // …and the backup has what this connection sees, the reader is unaffected.
    QCOMPARE(Sql::scalar(readerConnection, QStringLiteral("SELECT count(*) FROM owners"))->toInt(),
             2);
    QVERIFY(Sql::exec(readerConnection, QStringLiteral("ROLLBACK")).ok());
    QCOMPARE(ownersIn(backupPath), 3);
    QCOMPARE(*OwnerRepository(*db).count(), 3);

    // A backup may be taken from any connection, the reader's too.
    const QString fromReader = backups.filePath(QStringLiteral("from-reader.sqlite"));
    QVERIFY(DatabaseBackup::backup(**reader, fromReader).ok());
    QCOMPARE(ownersIn(fromReader), 3);
}

void TestDatabaseBackup::copyPassesTheIntegrityCheckAndLeavesNoTemporaryFiles()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    QTemporaryDir backups;
    const QString backupPath = backups.filePath(QStringLiteral("copia.sqlite"));
    QVERIFY(DatabaseBackup::backup(*db, backupPath).ok());
    QCOMPARE(filesIn(backups.path()), QStringList({QStringLiteral("copia.sqlite")}));
    auto copy = Database::open(backupPath);
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    QCOMPARE((*copy)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(
        Sql::scalar((*copy)->connection(), QStringLiteral("PRAGMA integrity_check"))->toString(),
        QStringLiteral("ok"));
    QCOMPARE(Sql::scalar((*copy)->connection(), QStringLiteral("PRAGMA application_id"))->toInt(),
             Database::applicationId);
}

void TestDatabaseBackup::replacesAnEarlierBackup()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    QTemporaryDir backups;
    const QString backupPath = backups.filePath(QStringLiteral("copia.sqlite"));
    QVERIFY(DatabaseBackup::backup(*db, backupPath).ok());
    test::addOwner(*db, QStringLiteral("Luis"));
    QVERIFY(DatabaseBackup::backup(*db, backupPath).ok());
    QCOMPARE(ownersIn(backupPath), 2);
    QCOMPARE(filesIn(backups.path()), QStringList({QStringLiteral("copia.sqlite")}));
}

void TestDatabaseBackup::backupOntoTheDatabaseItselfIsRefused()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const QStringList sameFile{db.path(), db.folder() + QStringLiteral("/./test.sqlite"),
                               db.folder() + QStringLiteral("/../") + QDir(db.folder()).dirName() +
                                   QStringLiteral("/test.sqlite"),
                               db.path() + QStringLiteral("-wal"),
                               db.path() + QStringLiteral("-shm")};
    for (const QString& target : sameFile) {
        const Status refused = DatabaseBackup::backup(*db, target);
        QVERIFY2(!refused.ok(), qPrintable(target));
        QVERIFY2(refused.error().contains(QLatin1String("database itself")),
                 qPrintable(refused.error()));
    }
    QCOMPARE(*OwnerRepository(*db).count(), 1);
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check"))->toString(),
             QStringLiteral("ok"));
    QVERIFY(!filesIn(db.folder()).join(QLatin1Char(' ')).contains(QLatin1String(".part")));
}

void TestDatabaseBackup::unwritableTargetIsRefused()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const QStringList unwritable{
        QStringLiteral("/proc/huellas-backup.sqlite"),
        db.folder() + QStringLiteral("/no-such-folder/copia.sqlite"),
        db.path() + QStringLiteral("/copia.sqlite"), // "inside" a file
        db.folder(),                                 // a folder
        QString(),
    };
    for (const QString& target : unwritable) {
        const Status refused = DatabaseBackup::backup(*db, target);
        QVERIFY2(!refused.ok(), qPrintable(target));
        QVERIFY2(!refused.error().isEmpty(), qPrintable(target));
        if (!target.isEmpty() && target != db.folder())
            QVERIFY2(!QFile::exists(target), qPrintable(target));
    }
    QVERIFY(!QFile::exists(QStringLiteral("/proc/huellas-backup.sqlite")));
    QVERIFY(!filesIn(db.folder()).join(QLatin1Char(' ')).contains(QLatin1String(".part")));
    QCOMPARE(*OwnerRepository(*db).count(), 1);
}

void TestDatabaseBackup::targetWithALeftoverLogIsRefused()
{
    test::TestDatabase db;
    QTemporaryDir backups;
    const QString backupPath = backups.filePath(QStringLiteral("copia.sqlite"));
    QFile log(backupPath + QStringLiteral("-wal"));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("not ours");
    log.close();
    const Status refused = DatabaseBackup::backup(*db, backupPath);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("copia.sqlite-wal")),
             qPrintable(refused.error()));
    QVERIFY(!QFile::exists(backupPath));
}

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "TestDatabaseBackup.moc"
