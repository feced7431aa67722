#include "core/LocalTime.h"
#include "gui/common/MessageBox.h"
#include "gui/interactions/FollowUpListModel.h"
#include "gui/interactions/FollowUpTableView.h"
#include "storage/InteractionQueries.h"
#include "gui/interactions/FollowUpsPanel.h"
#include "gui/interactions/InteractionDialog.h"
#include "gui/interactions/InteractionLauncher.h"
#include "gui/interactions/InteractionLogModel.h"
#include "gui/interactions/InteractionLogView.h"
#include "storage/ActivityRepository.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/PagedModelWait.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace huellas;

namespace {

using DialogSteps = std::function<void(InteractionDialog&)>;

// Modal dialogs block the caller: the steps run from the dialog's own event loop once it is
// open. A failed step closes the dialog so the test reports instead of hanging. The wait for
// the dialog is generous because a loaded machine (or valgrind) opens it slowly.
void whenDialogOpens(DialogSteps steps, QDeadlineTimer deadline = QDeadlineTimer(60'000))
{
    QTimer::singleShot(10, [steps = std::move(steps), deadline]() mutable {
        auto* dialog = qobject_cast<InteractionDialog*>(QApplication::activeModalWidget());
        // Active too: its shortcuts (Ctrl+Enter) only work in the active window.
        if (!dialog || !dialog->isVisible() || !dialog->isActiveWindow()) {
            if (!deadline.hasExpired())
                whenDialogOpens(std::move(steps), deadline);
            return;
        }
        steps(*dialog);
        if (QTest::currentTestFailed() && dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void chooseByData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

qint64 addInteraction(Database& db, qint64 owner, const QString& type, const QString& subject,
                      const QDate& day, const QString& sentiment = QString())
{
    Interaction i;
    i.ownerId = owner;
    i.interactionType = type;
    i.subject = subject;
    i.sentiment = sentiment;
    i.createdAt = test::localNoon(day);
    auto id = ActivityRepository(db).save(i);
    if (!id)
        qFatal("cannot save: %s", qPrintable(id.error()));
    return *id;
}

void clickCenter(QTableView* table, int row)
{
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

} // namespace

class TestInteractionLog final : public QObject
{
    Q_OBJECT

private slots:
    void logModelPassesTheItemModelTester();
    void followUpModelPassesTheItemModelTester();
    void followUpLoggedForTodayIsPendingUntilMarkedDone();
    void visitLoggedThroughTheDialogCountsAtOnce();
    void ownerIsChosenBySearchWithItsPets();
    void failedSaveKeepsTheDialogOpenWithEverything();
    void cancelWithTypedTextAsksFirst();
    void followUpDateIsEnabledOnlyWhenRequired();
    void dialogRoundTripsEveryField();
    void doubleClickEditsAnInteraction();
    void filtersNarrowTheLog();
    void ownerTimelineShowsOnlyThatOwner();
};

void TestInteractionLog::logModelPassesTheItemModelTester()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    for (int i = 0; i < 300; ++i)
        addInteraction(*db, ana, QStringLiteral("sms"), QStringLiteral("sms %1").arg(i),
                       LocalTime::today().addDays(-i));
    InteractionLogModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.index(0, InteractionLogModel::Subject).data().toString(),
             QStringLiteral("sms 0"));
    // Row 299 is on the second page: a placeholder until the worker brings it.
    QCOMPARE(model.index(299, InteractionLogModel::When).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(test::loaded(model));
    QCOMPARE(model.index(299, InteractionLogModel::Subject).data().toString(),
             QStringLiteral("sms 299"));
    QCOMPARE(model.headerData(InteractionLogModel::FollowUp, Qt::Horizontal).toString(),
             QStringLiteral("Follow-up"));
    InteractionCriteria recent;
    recent.from = LocalTime::today().addDays(-9);
    model.setCriteria(recent);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.rowCount(), 10);
}

void TestInteractionLog::followUpModelPassesTheItemModelTester()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    Interaction late;
    late.ownerId = ana;
    late.subject = QStringLiteral("call back");
    late.createdAt = test::localNoon(LocalTime::today().addDays(-5));
    late.requiresFollowUp = true;
    late.followUpDate = LocalTime::today().addDays(-2);
    QVERIFY(ActivityRepository(*db).save(late).ok());
    FollowUpListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto load = [&](const QDate& today) {
        model.setFollowUps(*InteractionQueries::followUpsNeedingAttention(*db, today), today);
    };
    load(LocalTime::today());
    QCOMPARE(model.rowCount(), 2); // "Overdue · 1", then the follow-up
    QCOMPARE(model.followUpCount(), 1);
    QVERIFY(model.isGroupHeader(0));
    QVERIFY(model.index(1, FollowUpListModel::Due)
                .data()
                .toString()
                .contains(QStringLiteral("overdue")));
    QVERIFY(model.index(1, FollowUpListModel::Subject).data(Qt::BackgroundRole).isValid());
    load(LocalTime::today().addDays(-3));
    QCOMPARE(model.rowCount(), 0);
}

void TestInteractionLog::followUpLoggedForTodayIsPendingUntilMarkedDone()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    QWidget desk;
    auto* timeline = new InteractionLogView(*db, ana, &desk);
    auto* pending = new FollowUpsPanel(*db, &desk);
    auto* layout = new QHBoxLayout(&desk);
    layout->addWidget(timeline);
    layout->addWidget(pending);
    QObject::connect(timeline, &InteractionLogView::interactionsChanged, pending,
                     &FollowUpsPanel::refresh);
    QSignalSpy badge(pending, &FollowUpsPanel::countChanged);
    desk.resize(1400, 600);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    QTRY_VERIFY(!pending->isLoading());
    QCOMPARE(pending->count(), 0);
    badge.clear(); // the first reading's

    whenDialogOpens([](InteractionDialog& dialog) {
        QVERIFY(
            child<QLineEdit>(dialog, "ownerEdit")->text().startsWith(QStringLiteral("Ana Prueba")));
        chooseByData(child<QComboBox>(dialog, "typeCombo"), QStringLiteral("whatsapp"));
        QTest::mouseClick(child<QRadioButton>(dialog, "outboundRadio"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "subjectEdit"),
                         QStringLiteral("Vaccine reminder"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "summaryEdit"),
                         QStringLiteral("Rabies shot due"));
        QTest::mouseClick(child<QCheckBox>(dialog, "followUpCheck"), Qt::LeftButton);
        child<QDateEdit>(dialog, "followUpDateEdit")->setDate(LocalTime::today());
        QTest::keyClick(child<QLineEdit>(dialog, "subjectEdit"), Qt::Key_Return,
                        Qt::ControlModifier);
    });
    QTest::mouseClick(child<QPushButton>(desk, "logInteractionButton"), Qt::LeftButton);

    QVERIFY(test::loaded(timeline->model()));
    QCOMPARE(timeline->model()->rowCount(), 1);
    QCOMPARE(timeline->model()->index(0, InteractionLogModel::Type).data().toString(),
             QStringLiteral("WhatsApp"));
    QCOMPARE(timeline->model()->index(0, InteractionLogModel::Direction).data().toString(),
             QStringLiteral("Outbound"));
    QVERIFY(timeline->model()
                ->index(0, InteractionLogModel::FollowUp)
                .data()
                .toString()
                .contains(QStringLiteral("today")));
    QCOMPARE(child<QLabel>(desk, "interactionCountLabel")->text(),
             QStringLiteral("Interactions: 1"));
    QTRY_COMPARE(pending->count(), 1);
    QCOMPARE(badge.count(), 1);
    QCOMPARE(badge.takeFirst().at(0).toInt(), 1);
    const qint64 id = pending->model()->interactionAt(pending->model()->index(1, 0));

    desk.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&desk));
    clickCenter(pending->table(), 1); // row 0 is the "Due today · 1" header
    QTest::keyClick(pending->table(), Qt::Key_Space);
    QTRY_COMPARE(pending->count(), 0);
    QCOMPARE(badge.count(), 1);
    QCOMPARE(badge.takeFirst().at(0).toInt(), 0);
    QVERIFY(ActivityRepository(*db).interaction(id)->followUpCompleted);
    auto stored =
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT follow_up_completed FROM interactions WHERE id = :id"),
                    {{QStringLiteral(":id"), id}});
    QCOMPARE(stored->toInt(), 1);
}

void TestInteractionLog::visitLoggedThroughTheDialogCountsAtOnce()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    QCOMPARE(OwnerRepository(*db).find(ana)->metrics.totalVisits, 0);
    whenDialogOpens([](InteractionDialog& dialog) {
        chooseByData(child<QComboBox>(dialog, "typeCombo"), QStringLiteral("visit"));
        QTest::keyClicks(child<QLineEdit>(dialog, "subjectEdit"),
                         QStringLiteral("Bath and haircut"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QVERIFY(InteractionLauncher::logInteraction(*db, ana, nullptr));
    const Owner owner = *OwnerRepository(*db).find(ana);
    QCOMPARE(owner.metrics.totalVisits, 1);
    QCOMPARE(owner.metrics.lastVisitDate, LocalTime::today());
}

void TestInteractionLog::ownerIsChosenBySearchWithItsPets()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    const qint64 luis = test::addOwner(*db, QStringLiteral("Luis"));
    Pet pet;
    pet.ownerId = luis;
    pet.name = QStringLiteral("Firulais");
    QVERIFY(ActivityRepository(*db).save(pet).ok());

    whenDialogOpens([&](InteractionDialog& dialog) {
        auto* owner = child<QLineEdit>(dialog, "ownerEdit");
        owner->setFocus();
        QTest::keyClicks(owner, QStringLiteral("lui"));
        QAbstractItemView* popup = owner->completer()->popup(); // a window of its own
        QCOMPARE(popup->objectName(), QStringLiteral("ownerSuggestionsPopup"));
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        const QRect first = popup->visualRect(popup->model()->index(0, 0));
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(dialog.ownerId(), luis);
        auto* pets = child<QComboBox>(dialog, "petCombo");
        QCOMPARE(pets->count(), 2); // "—" and Firulais
        chooseByData(pets, pet.id);
        QTest::keyClicks(child<QLineEdit>(dialog, "subjectEdit"), QStringLiteral("Ear infection"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QVERIFY(InteractionLauncher::logInteraction(*db, 0, nullptr));
    const QList<Interaction> saved = *ActivityRepository(*db).interactionsOf(luis);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].petId, pet.id);
    QCOMPARE(saved[0].subject, QStringLiteral("Ear infection"));
}

void TestInteractionLog::failedSaveKeepsTheDialogOpenWithEverything()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    bool stayedOpen = false;
    whenDialogOpens([&](InteractionDialog& dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "subjectEdit"), QStringLiteral("Lost dog"));
        QTest::keyClicks(child<QLineEdit>(dialog, "outcomeEdit"), QStringLiteral("Found"));
        // Another workstation deletes the owner meanwhile: the save must fail.
        QVERIFY(OwnerRepository(*db).remove(ana).ok());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        stayedOpen = dialog.isVisible();
        QCOMPARE(child<QLineEdit>(dialog, "subjectEdit")->text(), QStringLiteral("Lost dog"));
        QCOMPARE(child<QLineEdit>(dialog, "outcomeEdit")->text(), QStringLiteral("Found"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    });
    QVERIFY(!InteractionLauncher::logInteraction(*db, ana, nullptr));
    QVERIFY(stayedOpen);
}

void TestInteractionLog::cancelWithTypedTextAsksFirst()
{
    InteractionDialog dialog({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.hasChanges());
    QTest::keyClicks(child<QLineEdit>(dialog, "subjectEdit"), QStringLiteral("Half typed"));
    QVERIFY(dialog.hasChanges());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "subjectEdit")->text(), QStringLiteral("Half typed"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    InteractionDialog untouched({});
    untouched.show();
    QTest::mouseClick(child<QPushButton>(untouched, "cancelButton"), Qt::LeftButton);
    QVERIFY(!untouched.isVisible()); // nothing typed: no question
}

void TestInteractionLog::followUpDateIsEnabledOnlyWhenRequired()
{
    InteractionDialog dialog({});
    auto* required = child<QCheckBox>(dialog, "followUpCheck");
    auto* date = child<QDateEdit>(dialog, "followUpDateEdit");
    QVERIFY(!date->isEnabled());
    QCOMPARE(date->date(), LocalTime::today().addDays(1));
    required->setChecked(true);
    QVERIFY(date->isEnabled());
    QCOMPARE(dialog.interaction().followUpDate, LocalTime::today().addDays(1));
    required->setChecked(false);
    QVERIFY(!date->isEnabled());
    QVERIFY(!dialog.interaction().followUpDate.isValid());
}

void TestInteractionLog::dialogRoundTripsEveryField()
{
    InteractionDialog dialog({{7, QStringLiteral("Marisol")}});
    OwnerLinkChoices links;
    links.pets = {{11, QStringLiteral("Firulais")}};
    links.appointments = {{12, QStringLiteral("24/11/2026 10:00")}};
    links.orders = {{13, QStringLiteral("T-1")}};
    links.conversations = {{14, QStringLiteral("WhatsApp")}};
    dialog.setOwner({5, QStringLiteral("Ana Prueba")}, links);
    Interaction in;
    in.id = 99;
    in.externalId = QStringLiteral("IN-000099");
    in.ownerId = 5;
    in.interactionType = QStringLiteral("complaint");
    in.direction = QStringLiteral("outbound");
    in.subject = QStringLiteral("Late delivery");
    in.summary = QStringLiteral("Order arrived two days late");
    in.outcome = QStringLiteral("Discount offered");
    in.petId = 11;
    in.appointmentId = 12;
    in.orderId = 13;
    in.conversationId = 14;
    in.sentiment = QStringLiteral("negative");
    in.handledBy = 7;
    in.requiresFollowUp = true;
    in.followUpDate = QDate(2026, 12, 1);
    in.followUpCompleted = true;
    in.createdAt = test::localNoon(QDate(2026, 11, 20));
    dialog.setInteraction(in);
    const Interaction out = dialog.interaction();
    QCOMPARE(out.id, in.id);
    QCOMPARE(out.externalId, in.externalId);
    QCOMPARE(out.ownerId, in.ownerId);
    QCOMPARE(out.interactionType, in.interactionType);
    QCOMPARE(out.direction, in.direction);
    QCOMPARE(out.subject, in.subject);
    QCOMPARE(out.summary, in.summary);
    QCOMPARE(out.outcome, in.outcome);
    QCOMPARE(out.petId, in.petId);
    QCOMPARE(out.appointmentId, in.appointmentId);
    QCOMPARE(out.orderId, in.orderId);
    QCOMPARE(out.conversationId, in.conversationId);
    QCOMPARE(out.sentiment, in.sentiment);
    QCOMPARE(out.handledBy, in.handledBy);
    QCOMPARE(out.requiresFollowUp, in.requiresFollowUp);
    QCOMPARE(out.followUpDate, in.followUpDate);
    QCOMPARE(out.followUpCompleted, in.followUpCompleted);
    QCOMPARE(out.createdAt, in.createdAt);
    QVERIFY(!dialog.hasChanges());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit interaction"));

    in.orderId = 404; // no longer among the recent orders: kept, not dropped
    dialog.setInteraction(in);
    QCOMPARE(dialog.interaction().orderId, qint64(404));
}

void TestInteractionLog::doubleClickEditsAnInteraction()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    const qint64 id = addInteraction(*db, ana, QStringLiteral("call_in"),
                                     QStringLiteral("Price of food"), LocalTime::today());
    InteractionLogView view(*db);
    QSignalSpy changed(&view, &InteractionLogView::interactionsChanged);
    view.resize(1100, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(test::loaded(view.model()));
    whenDialogOpens([](InteractionDialog& dialog) {
        auto* subject = child<QLineEdit>(dialog, "subjectEdit");
        QCOMPARE(subject->text(), QStringLiteral("Price of food"));
        subject->selectAll();
        QTest::keyClicks(subject, QStringLiteral("Price of cat food"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    const QRect cell =
        view.table()->visualRect(view.model()->index(0, InteractionLogModel::Subject));
    // The view only takes a double-click on the row it saw pressed, as a real one would be.
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(ActivityRepository(*db).interaction(id)->subject, QStringLiteral("Price of cat food"));
    QVERIFY(test::loaded(view.model()));
    QCOMPARE(view.model()->index(0, InteractionLogModel::Subject).data().toString(),
             QStringLiteral("Price of cat food"));
}

void TestInteractionLog::filtersNarrowTheLog()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    const QDate today = LocalTime::today();
    addInteraction(*db, ana, QStringLiteral("visit"), QStringLiteral("Checkup"), today,
                   QStringLiteral("positive"));
    addInteraction(*db, ana, QStringLiteral("complaint"), QStringLiteral("Long wait"),
                   today.addDays(-10), QStringLiteral("negative"));
    addInteraction(*db, ana, QStringLiteral("call_in"), QStringLiteral("Food prices"),
                   today.addDays(-40));
    InteractionLogView view(*db);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* count = child<QLabel>(view, "interactionCountLabel");
    QVERIFY(test::loaded(view.model()));
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(count->text(), QStringLiteral("Interactions: 3"));

    chooseByData(child<QComboBox>(view, "typeFilter"), QStringLiteral("complaint"));
    QVERIFY(test::loaded(view.model()));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(count->text(), QStringLiteral("Interactions: 1"));
    child<QComboBox>(view, "typeFilter")->setCurrentIndex(0);
    chooseByData(child<QComboBox>(view, "sentimentFilter"), QStringLiteral("positive"));
    QVERIFY(test::loaded(view.model()));
    QCOMPARE(view.model()->index(0, InteractionLogModel::Subject).data().toString(),
             QStringLiteral("Checkup"));
    child<QComboBox>(view, "sentimentFilter")->setCurrentIndex(0);

    child<QDateEdit>(view, "fromDateFilter")->setDate(today.addDays(-15));
    QVERIFY(test::loaded(view.model()));
    QCOMPARE(view.model()->rowCount(), 2);
    child<QDateEdit>(view, "toDateFilter")->setDate(today.addDays(-1));
    QVERIFY(test::loaded(view.model()));
    QCOMPARE(view.model()->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>(view, "clearFiltersButton"), Qt::LeftButton);
    QVERIFY(test::loaded(view.model()));
    QCOMPARE(view.model()->rowCount(), 3);

    QTest::keyClicks(child<QLineEdit>(view, "interactionSearchEdit"), QStringLiteral("prices"));
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, InteractionLogModel::Subject).data().toString(),
             QStringLiteral("Food prices"));
}

void TestInteractionLog::ownerTimelineShowsOnlyThatOwner()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    const qint64 luis = test::addOwner(*db, QStringLiteral("Luis"));
    addInteraction(*db, ana, QStringLiteral("sms"), QStringLiteral("for Ana"), LocalTime::today());
    addInteraction(*db, luis, QStringLiteral("sms"), QStringLiteral("for Luis"),
                   LocalTime::today());
    InteractionLogView view(*db, luis);
    QVERIFY(test::loaded(view.model()));
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(view.table()->isColumnHidden(InteractionLogModel::OwnerName));
    view.setOwner(0);
    QVERIFY(test::loaded(view.model()));
    QCOMPARE(view.model()->rowCount(), 2);
    QVERIFY(!view.table()->isColumnHidden(InteractionLogModel::OwnerName));
}

QTEST_MAIN(TestInteractionLog)
#include "TestInteractionLog.moc"
