#include "gui/common/DatabaseCare.h"
#include "gui/common/DeskController.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MainWindow.h"
#include "gui/common/MessageBox.h"
#include "gui/common/SettingsDialog.h"
#include "gui/common/StatusBanner.h"
#include "gui/owners/OwnerListModel.h"
#include "gui/owners/OwnersView.h"
#include "core/AppSettings.h"
#include "core/LocalTime.h"
#include "storage/DailyBackup.h"
#include "storage/DatabaseBackup.h"
#include "storage/OwnerRepository.h"
#include "support/PagedModelWait.h"
#include "support/ScratchFilesystem.h"
#include "support/TestDatabase.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTest>

using namespace huellas;

// The window looks after the file it works on: a restore from the menu, the read-only and
// damage banners, and the daily backup — all without waiting on the UI thread.
class TestDatabaseCare final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restoreFromTheWindowBringsBackTheBackup();
    void cancellingTheRestoreChangesNothing();
    void readOnlyDatabaseShowsTheBanner();
    void damageFoundInTheBackgroundShowsTheBanner();
    void dailyBackupIsTakenInTheBackgroundAfterTheWindowIsUp();
    void settingsChooseWhereTheDailyBackupGoes();

private:
    QTemporaryDir m_config;
};

// The computer's own settings go to a temporary folder, never the real user's.
void TestDatabaseCare::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("HuellasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestDatabaseCare"));
}

void TestDatabaseCare::restoreFromTheWindowBringsBackTheBackup()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const QString backup = db.folder() + QStringLiteral("/respaldo de ayer.sqlite");
    QVERIFY(DatabaseBackup::backup(*db, backup).ok());
    test::addOwner(*db, QStringLiteral("Luis"));
    MainWindow window(*db);
    DeskController desk(*db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(test::loaded(*window.ownersView()->model())); // the list reads on its worker
    QCOMPARE(window.ownersView()->model()->rowCount(), 2);

    QSignalSpy restored(desk.care(), &DatabaseCare::restored);
    FileDialog::setNextFileName(backup);
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Replace all the data…?"
    window.findChild<QAction*>(QStringLiteral("actionRestoreBackup"))->trigger();
    MessageBox::setNextAnswer(QMessageBox::Ok); // "The backup was restored…"
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
    QCOMPARE(restored.first().at(0).toBool(), true);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("The backup was restored")),
             qPrintable(MessageBox::lastText()));
    QTRY_COMPARE(window.ownersView()->model()->rowCount(), 1);
    QCOMPARE(*OwnerRepository(*db).count(), 1);
    QCOMPARE(QDir(db.folder()).entryList({QStringLiteral("test-antes-de-restaurar-*.sqlite")}).size(), 1);
}

void TestDatabaseCare::cancellingTheRestoreChangesNothing()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const QString backup = db.folder() + QStringLiteral("/respaldo.sqlite");
    QVERIFY(DatabaseBackup::backup(*db, backup).ok());
    test::addOwner(*db, QStringLiteral("Luis"));
    MainWindow window(*db);
    DeskController desk(*db, window);
    FileDialog::setNextFileName(backup);
    MessageBox::setNextAnswer(QMessageBox::No);
    window.findChild<QAction*>(QStringLiteral("actionRestoreBackup"))->trigger();
    QVERIFY(!desk.care()->isBusy());
    QCOMPARE(*OwnerRepository(*db).count(), 2);
    // A file that is not a backup is refused before anything is asked.
    const QString notes = db.folder() + QStringLiteral("/notas.txt");
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hola");
    file.close();
    FileDialog::setNextFileName(notes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("actionRestoreBackup"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot be restored")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(*OwnerRepository(*db).count(), 2);
}

void TestDatabaseCare::readOnlyDatabaseShowsTheBanner()
{
    test::ReadOnlyPlace place;
    const QString path = place.filePath(QStringLiteral("huellas.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        test::addOwner(**db, QStringLiteral("Ana"));
    }
    QVERIFY(place.makeReadOnly(path));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    MainWindow window(**db);
    DeskController desk(**db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(QStringLiteral("Read only")), qPrintable(window.banner()->text()));
    QVERIFY(test::loaded(*window.ownersView()->model())); // the list reads on its worker
    QCOMPARE(window.ownersView()->model()->rowCount(), 1);
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionRestoreBackup"))->isEnabled());
}

void TestDatabaseCare::damageFoundInTheBackgroundShowsTheBanner()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huellas.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        for (int i = 0; i < 400; ++i)
            test::addOwner(**db, QStringLiteral("Dueño %1").arg(i));
    }
    { // the schema and the first pages stay readable; the last pages are garbage
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 20 * 4096);
        file.seek(size - 8 * 4096);
        file.write(QByteArray(8 * 4096, '\x5a'));
    }
    auto db = Database::open(path); // opening no longer reads every page
    QVERIFY2(db.ok(), qPrintable(db.error()));
    MainWindow window(**db);
    DeskController desk(**db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.banner()->isVisible());
    QSignalSpy checked(desk.care(), &DatabaseCare::integrityChecked);
    QSignalSpy backedUp(desk.care(), &DatabaseCare::dailyBackupDone);
    desk.care()->startBackgroundChecks();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
    QCOMPARE(checked.first().at(0).toBool(), false);
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(QStringLiteral("damaged")), qPrintable(window.banner()->text()));
    // One readable sentence; SQLite's page-by-page findings are in the tooltip.
    QCOMPARE(window.banner()->text().count(QLatin1Char('\n')), 0);
    QVERIFY(!window.banner()->toolTip().isEmpty());
    // A damaged file is not backed up over the good backups of the last days.
    QTest::qWait(200);
    QCOMPARE(backedUp.count(), 0);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("respaldos"))));
}

void TestDatabaseCare::dailyBackupIsTakenInTheBackgroundAfterTheWindowIsUp()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    MainWindow window(*db);
    DeskController desk(*db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy checked(desk.care(), &DatabaseCare::integrityChecked);
    QSignalSpy backedUp(desk.care(), &DatabaseCare::dailyBackupDone);
    desk.care()->startBackgroundChecks();
    QTRY_COMPARE_WITH_TIMEOUT(backedUp.count(), 1, 20000);
    QCOMPARE(checked.first().at(0).toBool(), true);
    QCOMPARE(backedUp.first().at(0).toBool(), true);
    const QString file = backedUp.first().at(1).toString();
    QCOMPARE(QFileInfo(file).absolutePath(), db.folder() + QStringLiteral("/respaldos"));
    QCOMPARE(QFileInfo(file).fileName(),
             QStringLiteral("test-%1.sqlite").arg(LocalTime::today().toString(Qt::ISODate)));
    auto copy = Database::open(file);
    QVERIFY(copy.ok());
    QCOMPARE(*OwnerRepository(**copy).count(), 1);
    QVERIFY(!window.banner()->isVisible());
}

void TestDatabaseCare::settingsChooseWhereTheDailyBackupGoes()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    QTemporaryDir usb;
    {
        SettingsDialog dialog(DailyBackup::defaultFolder(db.path()));
        auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("backupFolderEdit"));
        auto* kept = dialog.findChild<QSpinBox*>(QStringLiteral("backupsKeptSpin"));
        QCOMPARE(folder->text(), QString());
        QCOMPARE(folder->placeholderText(), db.folder() + QStringLiteral("/respaldos"));
        QCOMPARE(kept->value(), 7);
        QTest::keyClicks(folder, usb.path());
        kept->setValue(2);
        dialog.accept();
    }
    QCOMPARE(AppSettings::instance().backupFolder(), usb.path());
    QCOMPARE(AppSettings::instance().backupsKept(), 2);
    MainWindow window(*db);
    DeskController desk(*db, window);
    QSignalSpy backedUp(desk.care(), &DatabaseCare::dailyBackupDone);
    desk.care()->startBackgroundChecks();
    QTRY_COMPARE_WITH_TIMEOUT(backedUp.count(), 1, 20000);
    QCOMPARE(QFileInfo(backedUp.first().at(1).toString()).absolutePath(), usb.path());
    AppSettings::instance().setBackupFolder({});
    AppSettings::instance().setBackupsKept(7);
}

QTEST_MAIN(TestDatabaseCare)
#include "TestDatabaseCare.moc"
