#include "gui/common/FileDialog.h"
#include "core/Choices.h"
#include "core/LocalTime.h"
#include "gui/dashboard/CategoryBarChart.h"
#include "gui/dashboard/ChurnDonutChart.h"
#include "gui/dashboard/DashboardChartsGrid.h"
#include "gui/dashboard/DashboardExport.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/KpiCard.h"
#include "gui/dashboard/MonthlyOwnersChart.h"
#include "gui/interactions/FollowUpListModel.h"
#include "gui/interactions/FollowUpTableView.h"
#include "gui/dashboard/PendingFollowUpsTable.h"
#include "gui/dashboard/TopOwnersModel.h"
#include "gui/dashboard/WeeklyInteractionsChart.h"
#include "gui/owners/OwnerListModel.h"
#include "gui/owners/OwnersView.h"
#include "storage/ActivityRepository.h"
#include "storage/DemoDataGenerator.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerListQuery.h"
#include "storage/dashboard/DashboardQueries.h"
#include "support/PagedModelWait.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <functional>
#include <memory>

using namespace huellas;

namespace {

const QDate demoToday(2026, 11, 24);

// Chart geometry is laid out by posted events: let them run before mapping points.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QTest::qWait(20);
}

// Clicks the chart where `chartPoint` (chart coordinates) is drawn.
void clickChartAt(QChartView* view, const QPointF& chartPoint)
{
    const QPoint at = view->mapFromScene(view->chart()->mapToScene(chartPoint));
    QVERIFY2(view->viewport()->rect().contains(at), "the point is outside the chart");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

// The middle of a donut slice, in chart coordinates.
QPointF sliceCenter(QChartView* view, const QPieSeries* series, const QPieSlice* slice)
{
    const QRectF plot = view->chart()->plotArea();
    const qreal outer = std::min(plot.width(), plot.height()) / 2 * series->pieSize();
    const qreal radius = outer * (1 + series->holeSize()) / 2;
    const qreal angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
    return plot.center() + QPointF(radius * qSin(angle), -radius * qCos(angle));
}

qint64 ownersSelectedBy(Database& db, const OwnerFilter& filter)
{
    auto n = OwnerListQuery::count(db, filter);
    if (!n)
        qFatal("%s", qPrintable(n.error()));
    return *n;
}

OwnerFilter filterOf(const QSignalSpy& spy)
{
    return spy.last().at(0).value<OwnerFilter>();
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsOffTheUiThreadThenShowsTheKpis();
    void clickingADonutSliceOpensExactlyThoseOwners();
    void clickingATierBarOpensExactlyThoseOwners();
    void clickingHistogramAndSourceBarsOpensThoseOwners();
    void clickingAStackedSegmentOpensThatWeeksOwners();
    void clickingAMonthPointOpensThatMonthsOwners();
    void kpiCardsAndTheirLinesOpenTheirOwners();
    void drillDownNarrowsTheOwnersListToThoseOwners();
    void pngAndPdfExportsWriteFiles();
    void changingThePeriodReloads();
    void staleResultsAreDropped();
    void markDoneCompletesTheFollowUpAndReloads();
    void tableModelsPassTheItemModelTester();
    void everyControlHasAnObjectName();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DashboardView> m_view;
};

void TestDashboard::initTestCase()
{
    qRegisterMetaType<OwnerFilter>();
    m_db = std::make_unique<test::TestDatabase>();
    DemoOptions options;
    options.owners = 300;
    options.seed = 7;
    options.today = demoToday;
    QVERIFY(DemoDataGenerator(m_db->get()).generate(options).ok());
    QVERIFY(MetricsRefresher(m_db->get()).refreshAll(demoToday).ok());
}

void TestDashboard::init()
{
    m_view = std::make_unique<DashboardView>(m_db->get());
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->hasSnapshot() && !m_view->isLoading(), 20000);
    settle();
}

void TestDashboard::cleanup()
{
    m_view.reset();
}

void TestDashboard::loadsOffTheUiThreadThenShowsTheKpis()
{
    DashboardView view(m_db->get());
    // The constructor only asks: the numbers arrive later, from the worker.
    QVERIFY(view.isLoading());
    QVERIFY(!view.hasSnapshot());
    auto* loading = view.findChild<QLabel*>(QStringLiteral("dashboardLoadingLabel"));
    QVERIFY(loading);
    QCOMPARE(loading->text(), QStringLiteral("Loading…"));
    QSignalSpy shown(&view, &DashboardView::snapshotShown);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    QVERIFY(!view.isLoading());
    const DashboardSnapshot& s = view.snapshot();
    QCOMPARE(s.period.asOf, demoToday);
    QCOMPARE(s.kpis.owners.value, qint64(300));
    auto* owners = view.findChild<KpiCard*>(QStringLiteral("ownersCard"));
    QCOMPARE(owners->lineLabel(0)->text(), QLocale().toString(300));
    QCOMPARE(owners->lineLabel(1)->text(),
             QStringLiteral("+%1 this month").arg(s.kpis.newThisMonth.value));
    auto* status = view.findChild<QLabel*>(QStringLiteral("dashboardStatusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Updated: today ")),
             qPrintable(status->text()));
    if (LocalTime::today() != demoToday) // the metrics are of the demo date, not of today
        QVERIFY(status->text().contains(QStringLiteral("metrics as of 24/11/2026")));
}

void TestDashboard::clickingADonutSliceOpensExactlyThoseOwners()
{
    ChurnDonutChart* chart = m_view->charts()->churn();
    const DashboardSnapshot& s = m_view->snapshot();
    QSignalSpy drill(m_view.get(), &DashboardView::drillDown);
    for (int i = 0; i < 3; ++i) {
        QPieSlice* slice = chart->series()->slices().at(i);
        QCOMPARE(qint64(slice->value()), s.churnRisks.at(i).value);
        if (slice->value() == 0)
            continue;
        clickChartAt(chart, sliceCenter(chart, chart->series(), slice));
        QCOMPARE(drill.count(), 1);
        QCOMPARE(ownersSelectedBy(m_db->get(), filterOf(drill)), s.churnRisks.at(i).value);
        QVERIFY(drill.last().at(1).toString().startsWith(QStringLiteral("Churn risk: ")));
        drill.clear();
    }
}

void TestDashboard::clickingATierBarOpensExactlyThoseOwners()
{
    CategoryBarChart* chart = m_view->charts()->tiers();
    const DashboardSnapshot& s = m_view->snapshot();
    QSignalSpy drill(m_view.get(), &DashboardView::drillDown);
    for (int i = 0; i < s.tiers.size(); ++i) {
        const DashboardFigure& tier = s.tiers.at(i);
        if (tier.value == 0)
            continue;
        // Horizontal bars: x is the count, y the category.
        clickChartAt(chart, chart->chart()->mapToPosition(QPointF(double(tier.value) / 2, i),
                                                          chart->series()));
        QCOMPARE(drill.count(), 1);
        QCOMPARE(ownersSelectedBy(m_db->get(), filterOf(drill)), tier.value);
        QCOMPARE(drill.last().at(1).toString(),
                 QStringLiteral("Tier: %1").arg(choiceLabel(ChoiceList::Tier, tier.key)));
        drill.clear();
    }
}

void TestDashboard::clickingHistogramAndSourceBarsOpensThoseOwners()
{
    const DashboardSnapshot& s = m_view->snapshot();
    QSignalSpy drill(m_view.get(), &DashboardView::drillDown);
    CategoryBarChart* histogram = m_view->charts()->lifetimeValues();
    for (int i = 0; i < s.lifetimeValues.size(); ++i) {
        const qint64 n = s.lifetimeValues.at(i).value;
        if (n == 0)
            continue;
        clickChartAt(histogram, histogram->chart()->mapToPosition(QPointF(i, double(n) / 2),
                                                                  histogram->series()));
        QCOMPARE(drill.count(), 1);
        QCOMPARE(ownersSelectedBy(m_db->get(), filterOf(drill)), n);
        drill.clear();
    }
    CategoryBarChart* sources = m_view->charts()->sources();
    const int notRecorded = int(s.acquisitionSources.size()) - 1;
    const qint64 n = s.acquisitionSources.at(notRecorded).value;
    QVERIFY(n > 0);
    clickChartAt(sources, sources->chart()->mapToPosition(QPointF(double(n) / 2, notRecorded),
                                                          sources->series()));
    QCOMPARE(drill.count(), 1);
    QCOMPARE(ownersSelectedBy(m_db->get(), filterOf(drill)), n);
    QCOMPARE(drill.last().at(1).toString(), QStringLiteral("Found us through: Not recorded"));
}

void TestDashboard::clickingAStackedSegmentOpensThatWeeksOwners()
{
    const DashboardSnapshot& s = m_view->snapshot();
    WeeklyInteractionsChart* chart = m_view->charts()->weekly();
    QCOMPARE(chart->series()->count(), s.interactionTypes.size());
    // The tallest segment is the easiest to hit.
    int week = 0;
    int type = 0;
    for (int w = 0; w < s.weeks.size(); ++w)
        for (int t = 0; t < s.interactionTypes.size(); ++t)
            if (s.weeks.at(w).byType.at(t).value > s.weeks.at(week).byType.at(type).value) {
                week = w;
                type = t;
            }
    double below = 0;
    for (int t = 0; t < type; ++t)
        below += double(s.weeks.at(week).byType.at(t).value);
    const DashboardFigure& segment = s.weeks.at(week).byType.at(type);
    QCOMPARE(chart->barSet(segment.key)->at(week), double(segment.value));
    QSignalSpy drill(m_view.get(), &DashboardView::drillDown);
    clickChartAt(chart, chart->chart()->mapToPosition(
                            QPointF(week, below + double(segment.value) / 2), chart->series()));
    QCOMPARE(drill.count(), 1);
    QCOMPARE(ownersSelectedBy(m_db->get(), filterOf(drill)), segment.owners);
    QVERIFY(drill.last().at(1).toString().contains(
        QLocale().toString(s.weeks.at(week).weekStart, QStringLiteral("dd/MM/yyyy"))));
}

void TestDashboard::clickingAMonthPointOpensThatMonthsOwners()
{
    const DashboardSnapshot& s = m_view->snapshot();
    MonthlyOwnersChart* chart = m_view->charts()->monthly();
    QCOMPARE(chart->newOwnersSeries()->count(), s.months.size());
    QSignalSpy drill(m_view.get(), &DashboardView::drillDown);
    const int month = int(s.months.size()) - 2;
    const DashboardFigure& newOwners = s.months.at(month).newOwners;
    clickChartAt(chart, chart->chart()->mapToPosition(QPointF(month, double(newOwners.value)),
                                                      chart->newOwnersSeries()));
    QCOMPARE(drill.count(), 1);
    QCOMPARE(ownersSelectedBy(m_db->get(), filterOf(drill)), newOwners.value);
    QVERIFY(drill.last().at(1).toString().startsWith(QStringLiteral("New owners in ")));

    // The high-risk line is triggered directly: its points may sit under the other line's.
    drill.clear();
    const DashboardFigure& turned = s.months.at(month).becameHighRisk;
    emit chart->becameHighRiskSeries()->clicked(QPointF(month, double(turned.value)));
    QCOMPARE(drill.count(), 1);
    QCOMPARE(ownersSelectedBy(m_db->get(), filterOf(drill)), turned.value);
}

void TestDashboard::kpiCardsAndTheirLinesOpenTheirOwners()
{
    const DashboardKpis& k = m_view->snapshot().kpis;
    QSignalSpy drill(m_view.get(), &DashboardView::drillDown);
    const auto clickLine = [&](const char* card, int line) {
        auto* c = m_view->findChild<KpiCard*>(QLatin1String(card));
        QTest::mouseClick(c, Qt::LeftButton, {}, c->lineLabel(line)->geometry().center());
    };
    const auto clickTitle = [&](const char* card) {
        auto* c = m_view->findChild<KpiCard*>(QLatin1String(card));
        QTest::mouseClick(c, Qt::LeftButton, {}, QPoint(c->width() - 4, 4));
    };
    const struct
    {
        std::function<void()> click;
        const DashboardFigure& figure;
    } cases[] = {
        {[&] { clickTitle("ownersCard"); }, k.owners},
        {[&] { clickLine("ownersCard", 1); }, k.newThisMonth},
        {[&] { clickLine("activeCard", 0); }, k.active90},
        {[&] { clickTitle("atRiskCard"); }, k.atRisk},
        {[&] { clickLine("atRiskCard", 0); }, k.highRisk},
        {[&] { clickLine("atRiskCard", 1); }, k.mediumRisk},
        {[&] { clickLine("lifetimeValueCard", 0); }, k.owners},
        {[&] { clickTitle("followUpsCard"); }, k.followUpsNeedingAttention},
        {[&] { clickLine("followUpsCard", 0); }, k.followUpsToday},
        {[&] { clickLine("followUpsCard", 1); }, k.followUpsOverdue},
        {[&] { clickLine("followUpsCard", 2); }, k.followUpsUndated},
    };
    for (const auto& c : cases) {
        drill.clear();
        c.click();
        QCOMPARE(drill.count(), 1);
        QCOMPARE(ownersSelectedBy(m_db->get(), filterOf(drill)), c.figure.owners);
    }
    QVERIFY(k.followUpsDue.owners > 0);
    QVERIFY(k.followUpsUndated.owners > 0);
}

void TestDashboard::drillDownNarrowsTheOwnersListToThoseOwners()
{
    // What the main window's owner wires: the slice's owners, and no others, in Clientes.
    OwnersView owners(m_db->get());
    connect(m_view.get(), &DashboardView::drillDown, &owners, &OwnersView::setRestriction);
    const DashboardFigure& high = m_view->snapshot().churnRisks.at(2);
    ChurnDonutChart* chart = m_view->charts()->churn();
    clickChartAt(chart, sliceCenter(chart, chart->series(), chart->series()->slices().at(2)));
    QVERIFY(test::loaded(*owners.model()));
    QCOMPARE(qint64(owners.model()->rowCount()), high.value);
    QCOMPARE(owners.findChild<QLabel*>(QStringLiteral("restrictionLabel"))->text(),
             QStringLiteral("Showing: Churn risk: High"));
    for (int row = 0; row < owners.model()->rowCount(); ++row)
        QCOMPARE(test::cell(owners.model(), row, OwnerListModel::ChurnRisk, Qt::UserRole).toString(),
                 QStringLiteral("high"));

    // The next drill-down replaces the restriction.
    const DashboardWeek& week = m_view->snapshot().weeks.at(m_view->snapshot().weeks.size() - 2);
    const DashboardFigure& visits = week.byType.at(0);
    QVERIFY(visits.owners > 0);
    emit m_view->charts()
        ->weekly()
        ->barSet(visits.key)
        ->clicked(int(m_view->snapshot().weeks.size() - 2));
    QVERIFY(test::loaded(*owners.model()));
    QCOMPARE(qint64(owners.model()->rowCount()), visits.owners);
}

void TestDashboard::pngAndPdfExportsWriteFiles()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("tablero.png"));
    FileDialog::setNextFileName(png);
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("exportPngButton")),
                      Qt::LeftButton);
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000 && image.height() > 800);
    // Not a blank picture: the charts put many colours on it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 20);

    const QString pdf = dir.filePath(QStringLiteral("tablero.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("exportPdfButton")),
                      Qt::LeftButton);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 10'000);
    QCOMPARE(file.read(5), QByteArray("%PDF-"));

    FileDialog::setNextFileName(QString()); // cancelled: nothing written, nothing said
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("exportPngButton")),
                      Qt::LeftButton);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void TestDashboard::changingThePeriodReloads()
{
    QSignalSpy shown(m_view.get(), &DashboardView::snapshotShown);
    auto* combo = m_view->findChild<QComboBox*>(QStringLiteral("dashboardPeriodCombo"));
    QCOMPARE(combo->currentData().toInt(), 12);
    combo->setCurrentIndex(combo->findData(3));
    QVERIFY(m_view->isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    QCOMPARE(m_view->snapshot().period.months, 3);
    QCOMPARE(m_view->snapshot().months.size(), 3);
    QCOMPARE(m_view->charts()->monthly()->newOwnersSeries()->count(), 3);
    QVERIFY(m_view->snapshot().weeks.size() < 16);

    m_view->setMonths(24);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
    QCOMPARE(m_view->snapshot().months.size(), 24);
}

void TestDashboard::staleResultsAreDropped()
{
    QSignalSpy shown(m_view.get(), &DashboardView::snapshotShown);
    m_view->setMonths(3);
    m_view->setMonths(24);
    m_view->reload();
    m_view->setMonths(6);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    QTest::qWait(300);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_view->snapshot().period.months, 6);
    QVERIFY(!m_view->isLoading());
}

void TestDashboard::markDoneCompletesTheFollowUpAndReloads()
{
    const qint64 openBefore = m_view->snapshot().kpis.followUpsNeedingAttention.value;
    QVERIFY(openBefore > 0);
    FollowUpTableView* table = m_view->followUps()->table();
    auto* button = m_view->findChild<QPushButton*>(QStringLiteral("markFollowUpDoneButton"));
    QVERIFY(!button->isEnabled());
    table->selectRow(0); // a group header: nothing to mark
    QVERIFY(!button->isEnabled());
    table->selectFollowUp(0, 0);
    QVERIFY(button->isEnabled());
    const qint64 id = m_view->followUps()->selectedInteraction();
    QVERIFY(id > 0);
    QSignalSpy completed(m_view.get(), &DashboardView::followUpCompleted);
    QSignalSpy shown(m_view.get(), &DashboardView::snapshotShown);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(completed.count(), 1);
    QCOMPARE(completed.first().at(0).toLongLong(), id);
    QVERIFY(ActivityRepository(m_db->get()).interaction(id)->followUpCompleted);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    QCOMPARE(m_view->snapshot().kpis.followUpsNeedingAttention.value, openBefore - 1);
    QCOMPARE(m_view->followUps()->model()->rowOf(id), -1);
}

void TestDashboard::tableModelsPassTheItemModelTester()
{
    const DashboardSnapshot& s = m_view->snapshot();
    TopOwnersModel top;
    QAbstractItemModelTester topTester(&top,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    top.setOwners(s.topOwners);
    QCOMPARE(top.rowCount(), DashboardSnapshot::topOwnerCount);
    QCOMPARE(top.index(0, TopOwnersModel::LifetimeValue).data(Qt::UserRole).toLongLong(),
             s.topOwners.first().lifetimeValue);
    QCOMPARE(top.headerData(TopOwnersModel::LifetimeValue, Qt::Horizontal).toString(),
             QStringLiteral("Lifetime value"));

    FollowUpListModel followUps;
    QAbstractItemModelTester followUpTester(&followUps,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<InteractionRow> rows;
    for (const DashboardFollowUp& item : s.followUps)
        rows << item.row;
    followUps.setFollowUps(rows, s.period.asOf);
    QCOMPARE(followUps.followUpCount(), s.followUps.size());
    QCOMPARE(followUps.columnCount(), int(FollowUpListModel::ColumnCount));
    QVERIFY(followUps.isGroupHeader(0));
    QCOMPARE(followUps.index(1, FollowUpListModel::OwnerName).data().toString(),
             s.followUps.first().row.ownerName);
}

void TestDashboard::everyControlHasAnObjectName()
{
    const auto check = [](const auto& widgets) {
        for (const QWidget* w : widgets)
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
    };
    check(m_view->findChildren<QPushButton*>());
    check(m_view->findChildren<QComboBox*>());
    check(m_view->findChildren<QTableView*>());
    check(m_view->findChildren<QChartView*>());
    check(m_view->findChildren<KpiCard*>());
}

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
