#include "core/LocalTime.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/KpiCard.h"
#include "gui/dashboard/KpiCardsRow.h"
#include "gui/dashboard/PendingFollowUpsTable.h"
#include "gui/interactions/FollowUpListModel.h"
#include "gui/interactions/FollowUpTableView.h"
#include "gui/interactions/FollowUpsPanel.h"
#include "gui/interactions/InteractionDialog.h"
#include "gui/interactions/InteractionLogModel.h"
#include "gui/interactions/InteractionLogView.h"
#include "gui/owners/OwnerListModel.h"
#include "gui/owners/OwnersView.h"
#include "storage/ActivityRepository.h"
#include "storage/InteractionQueries.h"
#include "storage/MetricsRefresher.h"
#include "storage/Transaction.h"
#include "storage/import/CsvImporter.h"
#include "support/TestDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace huellas;

namespace {

QString sample(const char* file)
{
    return qEnvironmentVariable("HUELLAS_TEST_DATA") + QStringLiteral("/import/undated/") +
           QLatin1String(file);
}

template <typename T>
T* child(const QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void choose(QComboBox* combo, FollowUpState state)
{
    combo->setCurrentIndex(combo->findData(int(state)));
}

} // namespace

// The old web system allowed a follow-up with no date (Django's null=True, blank=True) and its
// exports have them. They import, and every screen that shows follow-ups counts them alike.
class TestUndatedFollowUps final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importKeepsUndatedFollowUps();
    void pendingListsThemInTheirOwnGroupAfterTheDueOnes();
    void keyboardStepsOverTheGroupHeaders();
    void aLongBacklogListsTheFirstAndCountsThemAll();
    void dashboardCountsAndListsThemAsThePanelDoes();
    void ownersFilterAndLogFilterFindTheSameOwners();
    void dialogLogsAFollowUpWithoutADate();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestUndatedFollowUps::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    auto report =
        CsvImporter(m_db->get()).run({sample("owners.csv"), sample("interactions.csv")});
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
    QVERIFY2(report->ok(), qPrintable(report->errors.join(QLatin1Char('\n'))));
    QVERIFY(MetricsRefresher(m_db->get()).refreshAll(LocalTime::today()).ok());
}

void TestUndatedFollowUps::cleanup()
{
    m_db.reset();
}

void TestUndatedFollowUps::importKeepsUndatedFollowUps()
{
    InteractionCriteria undated;
    undated.followUp = FollowUpState::Undated;
    auto rows = InteractionQueries::rows(m_db->get(), undated, 0, 10);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error()));
    QCOMPARE(rows->size(), 2); // OI-1 and OI-4; OI-3 is undated but done
    for (const InteractionRow& row : *rows) {
        QVERIFY(row.requiresFollowUp);
        QVERIFY(!row.followUpDate.isValid());
        QVERIFY(!row.followUpCompleted);
    }
}

void TestUndatedFollowUps::pendingListsThemInTheirOwnGroupAfterTheDueOnes()
{
    FollowUpsPanel panel(m_db->get());
    FollowUpListModel* model = panel.model();
    QVERIFY(panel.isLoading()); // read on its worker: the window does not wait for it
    QTRY_VERIFY(!panel.isLoading());
    QCOMPARE(panel.count(), 3);
    QCOMPARE(model->countIn(FollowUpStatus::Overdue), 1);
    QCOMPARE(model->countIn(FollowUpStatus::Undated), 2);
    // Vencidos · 1, the overdue reminder, Sin fecha · 2, the two undated ones, oldest first.
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(model->isGroupHeader(0));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Overdue · 1"));
    QCOMPARE(model->index(1, FollowUpListModel::Subject).data().toString(),
             QStringLiteral("Recordatorio de vacuna"));
    QVERIFY(model->isGroupHeader(2));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("No date · 2"));
    QCOMPARE(model->index(3, FollowUpListModel::Subject).data().toString(),
             QStringLiteral("Pregunta por desparasitante"));
    QCOMPARE(model->index(3, FollowUpListModel::Due).data().toString(), QStringLiteral("No date"));
    QCOMPARE(model->index(4, FollowUpListModel::Subject).data().toString(),
             QStringLiteral("Tardaron en atender"));
    QCOMPARE(model->flags(model->index(2, 0)), Qt::NoItemFlags);
    QCOMPARE(child<QLabel>(panel, "followUpsSummaryLabel")->text(),
             QStringLiteral("To attend: 3 — overdue 1, today 0, no date 2"));
}

void TestUndatedFollowUps::keyboardStepsOverTheGroupHeaders()
{
    FollowUpsPanel panel(m_db->get());
    QTRY_VERIFY(!panel.isLoading());
    QSignalSpy badge(&panel, &FollowUpsPanel::countChanged);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    FollowUpTableView* table = panel.table();
    table->setFocus();
    table->selectFollowUp(0, 0);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Down); // over "Sin fecha · 2"
    QCOMPARE(table->currentIndex().row(), 3);
    const qint64 undated = table->currentInteraction();
    QTest::keyClick(table, Qt::Key_Space); // done: the next undated one takes its place
    QVERIFY(ActivityRepository(m_db->get()).interaction(undated)->followUpCompleted);
    QTRY_COMPARE(panel.count(), 2);
    QCOMPARE(badge.count(), 1);
    QCOMPARE(badge.first().at(0).toInt(), 2);
    QCOMPARE(table->currentIndex().data(Qt::DisplayRole).toString(), QStringLiteral("No date"));
    QCOMPARE(panel.model()->index(table->currentIndex().row(), FollowUpListModel::Subject)
                 .data()
                 .toString(),
             QStringLiteral("Tardaron en atender"));
}

// A chain's backlog runs to thousands: the panel reads the first listLimit, most overdue first,
// while its headers, summary and badge count every one.
void TestUndatedFollowUps::aLongBacklogListsTheFirstAndCountsThemAll()
{
    Database& db = m_db->get();
    const qint64 owner = test::addOwner(db, QStringLiteral("Rosa"));
    const int added = FollowUpsPanel::listLimit + 20;
    ActivityRepository activity(db);
    auto batch = Transaction::begin(db);
    QVERIFY(batch.ok());
    for (int i = 0; i < added; ++i) {
        Interaction call;
        call.ownerId = owner;
        call.interactionType = QStringLiteral("call_out");
        call.direction = QStringLiteral("outbound");
        call.subject = QStringLiteral("Seguimiento %1").arg(i);
        call.requiresFollowUp = true;
        call.followUpDate = LocalTime::today().addDays(-1 - i % 30);
        const auto saved = activity.save(call);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
    }
    QVERIFY(batch->commit().ok());
    FollowUpsPanel panel(db);
    QSignalSpy badge(&panel, &FollowUpsPanel::countChanged);
    QTRY_VERIFY(!panel.isLoading());
    const int all = added + 3; // and the sample's three
    QCOMPARE(panel.count(), all);
    QCOMPARE(badge.count(), 1);
    QCOMPARE(badge.first().at(0).toInt(), all);
    FollowUpListModel* model = panel.model();
    QCOMPARE(model->followUpCount(), FollowUpsPanel::listLimit);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Overdue · %1").arg(added + 1));
    const auto* first = model->followUpAt(model->index(1, 0));
    QVERIFY(first);
    QCOMPARE(first->followUpDate, LocalTime::today().addDays(-30));
    QCOMPARE(child<QLabel>(panel, "followUpsSummaryLabel")->text(),
             QStringLiteral("To attend: %1 — overdue %2, today 0, no date 2 (the first %3 shown)")
                 .arg(QLocale().toString(all), QLocale().toString(added + 1),
                      QLocale().toString(FollowUpsPanel::listLimit)));
}

void TestUndatedFollowUps::dashboardCountsAndListsThemAsThePanelDoes()
{
    FollowUpsPanel panel(m_db->get());
    DashboardView view(m_db->get());
    QTRY_VERIFY_WITH_TIMEOUT(view.hasSnapshot() && !view.isLoading(), 20000);
    const DashboardKpis& k = view.snapshot().kpis;
    QCOMPARE(k.followUpsUndated.value, qint64(2));
    QCOMPARE(k.followUpsUndated.owners, qint64(2));
    QCOMPARE(k.followUpsOverdue.value, qint64(1));
    QCOMPARE(k.followUpsNeedingAttention.value, qint64(panel.count()));
    QCOMPARE(k.followUpsNeedingAttention.owners, qint64(2)); // Ana (two) and José
    QCOMPARE(child<KpiCard>(*view.kpiCards(), "followUpsCard")->lineLabel(2)->text(),
             QStringLiteral("No date: 2"));
    // The dashboard's pending table is the same model, the same rows in the same groups.
    FollowUpListModel* listed = view.followUps()->model();
    QCOMPARE(listed->rowCount(), panel.model()->rowCount());
    for (int r = 0; r < listed->rowCount(); ++r)
        QCOMPARE(listed->index(r, 0).data().toString(),
                 panel.model()->index(r, 0).data().toString());
}

void TestUndatedFollowUps::ownersFilterAndLogFilterFindTheSameOwners()
{
    OwnersView owners(m_db->get());
    child<QCheckBox>(owners, "followUpFilter")->setChecked(true);
    QTRY_COMPARE(owners.model()->rowCount(), 2); // Ana and José; Lucía has none
    InteractionLogView log(m_db->get());
    choose(child<QComboBox>(log, "followUpFilter"), FollowUpState::Undated);
    QTRY_COMPARE(log.model()->rowCount(), 2);
    choose(child<QComboBox>(log, "followUpFilter"), FollowUpState::NeedsAttention);
    QTRY_COMPARE(log.model()->rowCount(), 3);
}

void TestUndatedFollowUps::dialogLogsAFollowUpWithoutADate()
{
    InteractionDialog dialog({});
    auto* required = child<QCheckBox>(dialog, "followUpCheck");
    auto* noDate = child<QCheckBox>(dialog, "followUpNoDateCheck");
    auto* date = child<QDateEdit>(dialog, "followUpDateEdit");
    QVERIFY(!noDate->isEnabled());
    required->setChecked(true);
    QVERIFY(noDate->isEnabled());
    QVERIFY(date->isEnabled());
    QTest::mouseClick(noDate, Qt::LeftButton);
    QVERIFY(noDate->isChecked());
    QVERIFY(!date->isEnabled());
    Interaction logged = dialog.interaction();
    QVERIFY(logged.requiresFollowUp);
    QVERIFY(!logged.followUpDate.isValid());
    // Editing it again shows "no date", and giving it a date is one click away.
    InteractionDialog again({});
    again.setInteraction(logged);
    QVERIFY(child<QCheckBox>(again, "followUpNoDateCheck")->isChecked());
    QVERIFY(!child<QDateEdit>(again, "followUpDateEdit")->isEnabled());
    child<QCheckBox>(again, "followUpNoDateCheck")->setChecked(false);
    QCOMPARE(again.interaction().followUpDate, LocalTime::today().addDays(1));
}

QTEST_MAIN(TestUndatedFollowUps)
#include "TestUndatedFollowUps.moc"
