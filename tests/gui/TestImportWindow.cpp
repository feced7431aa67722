#include "gui/common/DeskController.h"
#include "gui/common/FileDialog.h"
#include "gui/common/ImportLauncher.h"
#include "gui/common/MainWindow.h"
#include "gui/common/MessageBox.h"
#include "gui/owners/OwnerListModel.h"
#include "gui/owners/OwnersView.h"
#include "storage/DemoDataGenerator.h"
#include "storage/OwnerListQuery.h"
#include "storage/OwnerRepository.h"
#include "support/PagedModelWait.h"
#include "support/TestDatabase.h"

#include <QAction>
#include <QDir>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace huellas;

// Archivo → Importar CSV…: the files import on a worker behind a progress dialog; problems
// and Cancelar write nothing; what was written shows in the lists at once.
class TestImportWindow final : public QObject
{
    Q_OBJECT

private slots:
    void importFromTheMenuShowsTheNewOwners();
    void aFileWithProblemsWritesNothingAndSaysWhy();
    void cancelRollsEverythingBack();

private:
    static QStringList filesIn(const QString& folder)
    {
        QStringList files;
        for (const QString& name : QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files))
            files << QDir(folder).filePath(name);
        return files;
    }
    static int owners(Database& db) { return *OwnerListQuery::count(db, {}); }
};

void TestImportWindow::importFromTheMenuShowsTheNewOwners()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    MainWindow window(*db);
    DeskController desk(*db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy imported(desk.importer(), &ImportLauncher::imported);
    FileDialog::setNextFileNames(filesIn(qEnvironmentVariable("HUELLAS_TEST_DATA") + QStringLiteral("/import/sample")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("actionImportCsv"))->trigger();
    QVERIFY(window.findChild<QProgressDialog*>(QStringLiteral("importProgress")));
    QVERIFY(imported.wait(30'000));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Imported: ")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("owners: ")));
    QTRY_VERIFY(!window.findChild<QProgressDialog*>(QStringLiteral("importProgress"))); // deleted later
    const int total = owners(*db);
    QVERIFY(total > 1);
    OwnerListModel* list = window.ownersView()->model();
    QTRY_COMPARE(list->rowCount(), total);
    QVERIFY(test::loaded(*list));
}

void TestImportWindow::aFileWithProblemsWritesNothingAndSaysWhy()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    MainWindow window(*db);
    DeskController desk(*db, window);
    QSignalSpy imported(desk.importer(), &ImportLauncher::imported);
    FileDialog::setNextFileNames(filesIn(qEnvironmentVariable("HUELLAS_TEST_DATA") + QStringLiteral("/import/malformed")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("actionImportCsv"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!desk.importer()->isRunning(), 30'000);
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("nothing was imported")));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("owners.csv:")), qPrintable(MessageBox::lastText()));
    QCOMPARE(imported.count(), 0);
    QCOMPARE(owners(*db), 1);
}

void TestImportWindow::cancelRollsEverythingBack()
{
    QTemporaryDir csv;
    DemoOptions options;
    options.owners = 6000;
    QVERIFY(DemoDataGenerator::writeCsv(options, csv.path()).ok());
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    MainWindow window(*db);
    DeskController desk(*db, window);
    QSignalSpy imported(desk.importer(), &ImportLauncher::imported);
    FileDialog::setNextFileNames(filesIn(csv.path()));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("actionImportCsv"))->trigger();
    auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
    QVERIFY(progress);
    // Wait until rows are being read, as a person would see them count up, then cancel.
    QTRY_VERIFY_WITH_TIMEOUT(progress->labelText().contains(QStringLiteral("rows")), 30'000);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(progress->labelText(), QStringLiteral("Cancelling: undoing what was read…"));
    QTRY_VERIFY_WITH_TIMEOUT(!desk.importer()->isRunning(), 60'000);
    QTRY_COMPARE(MessageBox::lastText(), QStringLiteral("Import cancelled; nothing was written."));
    QCOMPARE(imported.count(), 0);
    QCOMPARE(owners(*db), 1);
}

QTEST_MAIN(TestImportWindow)
#include "TestImportWindow.moc"
