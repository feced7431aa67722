#include "core/Money.h"
#include "gui/common/MainWindow.h"
#include "gui/common/MessageBox.h"
#include "gui/owners/OwnerListModel.h"
#include "gui/owners/OwnersView.h"
#include "storage/ActivityRepository.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerRepository.h"
#include "support/PagedModelWait.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace huellas;

namespace {

void addOwnerWithSpending(Database& db, const QString& name, qint64 centavos, const QString& phone)
{
    Owner o;
    o.firstName = name;
    o.lastName = QStringLiteral("Canul");
    o.phone = phone;
    o.tier = QStringLiteral("vip");
    o.tags = {QStringLiteral("dog-owner")};
    QVERIFY(OwnerRepository(db).save(o).ok());
    Order order;
    order.ownerId = o.id;
    order.total = centavos;
    order.paymentStatus = QStringLiteral("paid");
    order.orderedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(ActivityRepository(db).save(order).ok());
}

} // namespace

class TestOwnersWindow final : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTheItemModelTester();
    void showsOwnersWithDerivedColumnsFormatted();
    void sortsInSqlByAnyColumn();
    void windowShowsTheOwnerCount();
    void countsLineSaysLoadingAndTheSelectionSurvivesAReload();
    void aboutShowsTheVersion();
    void searchFindsAPhoneTypedInAnotherFormat();
    void enterInTheListOpensTheOwner();
    void sectionShortcutsSwitchSections();
};

void TestOwnersWindow::modelPassesTheItemModelTester()
{
    test::TestDatabase db;
    for (int i = 0; i < 300; ++i)
        test::addOwner(*db, QStringLiteral("Owner%1").arg(i));
    OwnerListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.rowCount(), 300);
    model.sort(OwnerListModel::LifetimeValue, Qt::DescendingOrder);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.rowCount(), 300);
}

void TestOwnersWindow::showsOwnersWithDerivedColumnsFormatted()
{
    test::TestDatabase db;
    addOwnerWithSpending(*db, QStringLiteral("Ana María"), 14'250'00, QStringLiteral("+529981234567"));
    OwnerListModel model(*db);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(OwnerListModel::ColumnCount));
    QCOMPARE(model.index(0, OwnerListModel::Name).data().toString(), QStringLiteral("Ana María Canul"));
    QCOMPARE(model.index(0, OwnerListModel::Phone).data().toString(), QStringLiteral("998 123 4567"));
    QCOMPARE(model.index(0, OwnerListModel::Tier).data().toString(), QStringLiteral("VIP"));
    QCOMPARE(model.index(0, OwnerListModel::LifetimeValue).data().toString(),
             Money::format(14'250'00));
    QCOMPARE(model.index(0, OwnerListModel::LifetimeValue).data(Qt::UserRole).toLongLong(), qint64(14'250'00));
    QCOMPARE(model.index(0, OwnerListModel::Engagement).data().toInt(), 20);
    QCOMPARE(model.index(0, OwnerListModel::Tags).data().toString(), QStringLiteral("dog-owner"));
    QVERIFY(model.index(0, OwnerListModel::ChurnRisk).data().toString().contains(QStringLiteral("Low")));
    QVERIFY(model.ownerAt(model.index(0, 0)) > 0);
    QCOMPARE(model.headerData(OwnerListModel::LifetimeValue, Qt::Horizontal).toString(), QStringLiteral("Lifetime value"));
}

void TestOwnersWindow::sortsInSqlByAnyColumn()
{
    test::TestDatabase db;
    addOwnerWithSpending(*db, QStringLiteral("Beto"), 500'00, QStringLiteral("+529980000002"));
    addOwnerWithSpending(*db, QStringLiteral("Ana"), 9'000'00, QStringLiteral("+529980000003"));
    addOwnerWithSpending(*db, QStringLiteral("Carla"), 100'00, QStringLiteral("+529980000001"));
    OwnerListModel model(*db);
    model.sort(OwnerListModel::Name, Qt::AscendingOrder);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ana Canul"));
    model.sort(OwnerListModel::LifetimeValue, Qt::DescendingOrder);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ana Canul"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Carla Canul"));
    model.sort(OwnerListModel::Phone, Qt::AscendingOrder);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Carla Canul"));
    model.sort(OwnerListModel::Name, Qt::DescendingOrder);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Carla Canul"));
}

void TestOwnersWindow::windowShowsTheOwnerCount()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    test::addOwner(*db, QStringLiteral("Luis"));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("ownersTable"));
    QVERIFY(table);
    QVERIFY(test::loaded(table->model())); // the list reads on its worker
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("ownerCountsLabel"))->text(), QStringLiteral("Owners: 2"));
}

void TestOwnersWindow::aboutShowsTheVersion()
{
    test::TestDatabase db;
    MainWindow window(*db);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionQuit")));
}

void TestOwnersWindow::searchFindsAPhoneTypedInAnotherFormat()
{
    test::TestDatabase db;
    addOwnerWithSpending(*db, QStringLiteral("Ana"), 100'00, QStringLiteral("+529981234567"));
    addOwnerWithSpending(*db, QStringLiteral("Luis"), 100'00, QStringLiteral("+529987654321"));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("ownerSearchEdit"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("+52 998 123-45"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("ownersTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, OwnerListModel::Name).data().toString(), QStringLiteral("Ana Canul"));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("ownerCountsLabel"))->text(), QStringLiteral("Owners: 2 · matching: 1"));
    QTest::keyClick(search, Qt::Key_Escape); // clears the search
    QTRY_COMPARE(table->model()->rowCount(), 2);
}

void TestOwnersWindow::enterInTheListOpensTheOwner()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &MainWindow::ownerOpenRequested);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("ownerSearchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ana"));
    QTest::keyClick(search, Qt::Key_Down); // into the list, the first match selected once it is in
    auto* table = window.findChild<QTableView*>(QStringLiteral("ownersTable"));
    QTRY_VERIFY(table->hasFocus());
    QTRY_COMPARE(table->currentIndex().row(), 0);
    QVERIFY(test::loaded(table->model()));
    QCOMPARE(table->currentIndex().row(), 0); // and stays selected when the count comes in
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), ana);
    const QPoint cell = table->visualRect(table->model()->index(0, 0)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QCOMPARE(opened.size(), 2);
}

void TestOwnersWindow::sectionShortcutsSwitchSections()
{
    test::TestDatabase db;
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F3);
    QCOMPARE(window.currentSection(), MainWindow::Interactions);
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(window.currentSection(), MainWindow::Dashboard);
    QTest::keyClick(&window, Qt::Key_F2);
    QCOMPARE(window.currentSection(), MainWindow::Owners);
    QSignalSpy newOwner(&window, &MainWindow::newOwnerRequested);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(newOwner.size(), 1);
    QSignalSpy logInteraction(&window, &MainWindow::logInteractionRequested);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(logInteraction.size(), 1);
}

void TestOwnersWindow::countsLineSaysLoadingAndTheSelectionSurvivesAReload()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const qint64 beto = test::addOwner(*db, QStringLiteral("Beto"));
    test::addOwner(*db, QStringLiteral("Carla"));
    OwnersView view(*db);
    auto* counts = view.findChild<QLabel*>(QStringLiteral("ownerCountsLabel"));
    QCOMPARE(counts->text(), QStringLiteral("Loading…"));
    QTRY_COMPARE(counts->text(), QStringLiteral("Owners: 3"));
    view.table()->setCurrentIndex(view.model()->index(1, 0));
    QCOMPARE(view.currentOwnerId(), beto);
    test::addOwner(*db, QStringLiteral("Aarón")); // sorts first: Beto moves down a row
    view.reload();
    QCOMPARE(counts->text(), QStringLiteral("Loading…"));
    QTRY_COMPARE(counts->text(), QStringLiteral("Owners: 4"));
    QCOMPARE(view.currentOwnerId(), beto);
    QCOMPARE(view.table()->currentIndex().row(), 2);
}

QTEST_MAIN(TestOwnersWindow)
#include "TestOwnersWindow.moc"
