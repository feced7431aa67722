#include "gui/common/DeskController.h"
#include "gui/common/MainWindow.h"
#include "gui/interactions/InteractionDialog.h"
#include "gui/owners/OwnerEditorDialog.h"
#include "gui/owners/OwnerListModel.h"
#include "gui/owners/OwnersView.h"
#include "core/LocalTime.h"
#include "storage/ActivityRepository.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerRepository.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace huellas;

namespace {

// Runs `check` on the modal dialog of type Dialog once it is up, then closes it.
template <typename Dialog>
void whenModalOpens(bool& seen)
{
    QTimer::singleShot(50, [&seen] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            seen = true;
            dialog->done(QDialog::Rejected);
        } else {
            whenModalOpens<Dialog>(seen);
        }
    });
}

} // namespace

// The assembled desk: the window's keys reach the editor, the dialog and the panel.
class TestDesk final : public QObject
{
    Q_OBJECT

private slots:
    void enterOnAnOwnerOpensTheProfileEditor();
    void ctrlIOpensTheInteractionDialogInEverySection();
    void ctrlFSearchesTheSectionShown();
    void badgeCountsFollowUpsAndCtrlJOpensThem();
    void metricsOfAnOldDateAreRefreshedAfterTheWindowIsUp();
};

void TestDesk::enterOnAnOwnerOpensTheProfileEditor()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    MainWindow window(*db);
    DeskController desk(*db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("ownersTable"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    bool seen = false;
    whenModalOpens<OwnerEditorDialog>(seen);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(seen);
}

void TestDesk::ctrlIOpensTheInteractionDialogInEverySection()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    MainWindow window(*db);
    DeskController desk(*db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const Qt::Key section : {Qt::Key_F2, Qt::Key_F3}) {
        QApplication::setActiveWindow(&window); // back from the previous dialog
        QTRY_VERIFY(window.isActiveWindow());
        QTest::keyClick(&window, section);
        QApplication::processEvents();
        bool seen = false;
        whenModalOpens<InteractionDialog>(seen);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY2(seen, section == Qt::Key_F2 ? "owners" : "interactions");
    }
}

void TestDesk::ctrlFSearchesTheSectionShown()
{
    test::TestDatabase db;
    MainWindow window(*db);
    DeskController desk(*db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F3);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("interactionSearchEdit"));
    QTest::keyClick(&window, Qt::Key_F2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("ownerSearchEdit"));
}

void TestDesk::badgeCountsFollowUpsAndCtrlJOpensThem()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    Interaction call;
    call.ownerId = ana;
    call.requiresFollowUp = true;
    call.followUpDate = QDate::currentDate().addDays(-1);
    QVERIFY(ActivityRepository(*db).save(call).ok());
    MainWindow window(*db);
    DeskController desk(*db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* badge = window.findChild<QToolButton*>(QStringLiteral("followUpBadge"));
    QVERIFY2(badge->text().contains(QStringLiteral("(1)")), qPrintable(badge->text()));
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("followUpsDock"));
    QVERIFY(!dock->isVisible());
    QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
    auto* followUps = dock->findChild<QTableView*>();
    QTRY_VERIFY(followUps->hasFocus());
    QCOMPARE(followUps->currentIndex().row(), 1); // the follow-up under "Overdue · 1"
    QTest::keyClick(followUps, Qt::Key_Space);      // one key: done
    QTRY_VERIFY2(badge->text().contains(QStringLiteral("none")), qPrintable(badge->text()));
    QVERIFY(ActivityRepository(*db).interaction(call.id)->followUpCompleted);
}

void TestDesk::metricsOfAnOldDateAreRefreshedAfterTheWindowIsUp()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    Interaction visit;
    visit.ownerId = ana;
    visit.interactionType = QStringLiteral("visit");
    visit.createdAt = test::localNoon(LocalTime::today().addDays(-100));
    QVERIFY(ActivityRepository(*db).save(visit).ok());
    QVERIFY(MetricsRefresher(*db).refreshAll(LocalTime::today().addDays(-20)).ok()); // last start
    QCOMPARE(OwnerRepository(*db).find(ana)->metrics.daysSinceLastVisit, 80);
    MainWindow window(*db);
    DeskController desk(*db, window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    desk.refreshMetricsIfStale(); // returns at once: the window is usable meanwhile
    auto* busy = window.findChild<QLabel*>(QStringLiteral("busyLabel"));
    QVERIFY(desk.isRefreshingMetrics() || MetricsRefresher(*db).asOf() == LocalTime::today());
    if (desk.isRefreshingMetrics())
        QCOMPARE(busy->text(), QStringLiteral("Updating metrics…"));
    QTRY_VERIFY_WITH_TIMEOUT(!desk.isRefreshingMetrics(), 20000);
    QTRY_VERIFY(!busy->isVisible());
    QCOMPARE(MetricsRefresher(*db).asOf(), LocalTime::today());
    QCOMPARE(OwnerRepository(*db).find(ana)->metrics.daysSinceLastVisit, 100);
    QCOMPARE(OwnerRepository(*db).find(ana)->metrics.churnRisk, QStringLiteral("medium"));
    // Already current: nothing to do, nothing shown.
    desk.refreshMetricsIfStale();
    QVERIFY(!desk.isRefreshingMetrics());
}

QTEST_MAIN(TestDesk)
#include "TestDesk.moc"
