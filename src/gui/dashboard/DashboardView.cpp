#include "gui/common/FileDialog.h"
#include "DashboardView.h"

#include "DashboardChartsGrid.h"
#include "DashboardExport.h"
#include "DashboardLabels.h"
#include "DashboardLoader.h"
#include "KpiCardsRow.h"
#include "PendingFollowUpsTable.h"
#include "TopOwnersTable.h"
#include "core/LocalTime.h"
#include "gui/common/MessageBox.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace huellas {
namespace {

constexpr int defaultMonths = 12;
// Coming back to the section after this long reads the numbers again.
constexpr int staleAfterSeconds = 300;

} // namespace

DashboardView::DashboardView(Database& database, QWidget* parent)
    : QWidget(parent), m_database(database), m_loader(new DashboardLoader(database.spec(), this))
{
    setObjectName(QStringLiteral("dashboardView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createTopBar());
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("dashboardPages"));
    m_loadingLabel = new QLabel(tr("Loading…"), this);
    m_loadingLabel->setObjectName(QStringLiteral("dashboardLoadingLabel"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setWordWrap(true);
    m_pages->addWidget(m_loadingLabel);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(createContent());
    m_pages->addWidget(scroll);
    layout->addWidget(m_pages, 1);
    layout->addWidget(createBottomBar());

    connect(m_loader, &DashboardLoader::loaded, this, &DashboardView::present);
    connect(m_loader, &DashboardLoader::failed, this, &DashboardView::showFailure);
    connect(m_loader, &DashboardLoader::busyChanged, this, &DashboardView::showBusy);
    reload();
}

DashboardView::~DashboardView() = default;

QWidget* DashboardView::createTopBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("dashboardTopBar"));
    auto* title = new QLabel(tr("CRM dashboard"), bar);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("dashboardPeriodCombo"));
    for (int months : DashboardPeriod::monthChoices)
        m_period->addItem(tr("%1 months").arg(months), months);
    m_period->setCurrentIndex(m_period->findData(defaultMonths));
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::reload);
    auto* periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setObjectName(QStringLiteral("dashboardPeriodLabel"));
    periodLabel->setBuddy(m_period);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addStretch();
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    return bar;
}

QWidget* DashboardView::createContent()
{
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_kpis = new KpiCardsRow(m_content);
    m_charts = new DashboardChartsGrid(m_content);
    m_topOwners = new TopOwnersTable(m_content);
    m_followUps = new PendingFollowUpsTable(m_content);
    connect(m_kpis, &KpiCardsRow::drillDown, this, &DashboardView::drillDown);
    connect(m_charts, &DashboardChartsGrid::drillDown, this, &DashboardView::drillDown);
    connect(m_topOwners, &TopOwnersTable::drillDown, this, &DashboardView::drillDown);
    connect(m_followUps, &PendingFollowUpsTable::drillDown, this, &DashboardView::drillDown);
    connect(m_followUps, &PendingFollowUpsTable::markDoneRequested, this, &DashboardView::markDone);

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_kpis);
    layout->addWidget(m_charts);
    layout->addWidget(m_topOwners);
    layout->addWidget(m_followUps);
    return m_content;
}

QWidget* DashboardView::createBottomBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("dashboardBottomBar"));
    m_exportPng = new QPushButton(tr("Export PNG"), bar);
    m_exportPng->setObjectName(QStringLiteral("exportPngButton"));
    m_exportPdf = new QPushButton(tr("Export PDF"), bar);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_refresh = new QPushButton(tr("Refresh"), bar);
    m_refresh->setObjectName(QStringLiteral("refreshDashboardButton"));
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatusLabel"));
    connect(m_exportPng, &QPushButton::clicked, this, &DashboardView::exportPng);
    connect(m_exportPdf, &QPushButton::clicked, this, &DashboardView::exportPdf);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::reload);
    m_exportPng->setEnabled(false); // nothing to export before the first load
    m_exportPdf->setEnabled(false);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_exportPng);
    layout->addWidget(m_exportPdf);
    layout->addWidget(m_refresh);
    layout->addStretch();
    layout->addWidget(m_status);
    return bar;
}

int DashboardView::months() const
{
    return m_period->currentData().toInt();
}

void DashboardView::setMonths(int months)
{
    const int index = m_period->findData(months);
    Q_ASSERT(index >= 0);
    m_period->setCurrentIndex(index); // reloads when it changes
}

bool DashboardView::isLoading() const
{
    return m_loader->isBusy();
}

void DashboardView::reload()
{
    m_loader->request(months());
}

void DashboardView::present(const DashboardSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    m_shownAt = QDateTime::currentDateTime();
    m_kpis->setKpis(snapshot.kpis, snapshot.period.asOf);
    m_charts->setSnapshot(snapshot);
    m_topOwners->setOwners(snapshot.topOwners);
    m_followUps->setFollowUps(snapshot.kpis, snapshot.followUps, snapshot.period.asOf);
    m_pages->setCurrentIndex(1);
    m_exportPng->setEnabled(true);
    m_exportPdf->setEnabled(true);
    QString text =
        tr("Updated: today %1").arg(QLocale().toString(m_shownAt.time(), QStringLiteral("HH:mm")));
    if (snapshot.period.asOf != LocalTime::today())
        text += tr(" · metrics as of %1").arg(DashboardLabels::date(snapshot.period.asOf));
    m_status->setText(text);
    m_status->setStyleSheet({});
    emit snapshotShown();
}

void DashboardView::showFailure(const QString& message)
{
    const QString text = tr("The dashboard could not be read: %1").arg(message);
    if (!m_hasSnapshot)
        m_loadingLabel->setText(text);
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    emit loadFailed(message);
}

void DashboardView::showBusy(bool busy)
{
    if (busy)
        m_status->setText(tr("Loading…"));
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!isLoading() && m_shownAt.isValid() &&
        m_shownAt.secsTo(QDateTime::currentDateTime()) > staleAfterSeconds)
        reload();
}

void DashboardView::markDone(qint64 interactionId)
{
    if (auto done = ActivityRepository(m_database).setFollowUpCompleted(interactionId, true);
        !done) {
        MessageBox::critical(this, tr("Follow-up"),
                             tr("The follow-up could not be marked as done: %1").arg(done.error()));
        return;
    }
    emit followUpCompleted(interactionId);
    reload();
}

QPixmap DashboardView::picture() const
{
    return m_content->grab();
}

QString DashboardView::suggestedFileName(const char* extension) const
{
    return tr("dashboard-%1").arg(m_snapshot.period.asOf.toString(Qt::ISODate)) + QLatin1Char('.') +
           QLatin1String(extension);
}

void DashboardView::exportPng()
{
    const QString path =
        FileDialog::saveFileName(this, tr("Export the dashboard as PNG"),
                                      suggestedFileName("png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (auto written = DashboardExport::writePng(picture(), path); !written)
        return MessageBox::critical(this, tr("Export PNG"), written.error());
    m_status->setText(tr("Saved %1").arg(path));
}

void DashboardView::exportPdf()
{
    const QString path =
        FileDialog::saveFileName(this, tr("Export the dashboard as PDF"),
                                      suggestedFileName("pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString title = tr("Huellas CRM — dashboard, %1 months as of %2")
                              .arg(m_snapshot.period.months)
                              .arg(DashboardLabels::date(m_snapshot.period.asOf));
    if (auto written = DashboardExport::writePdf(picture(), path, title); !written)
        return MessageBox::critical(this, tr("Export PDF"), written.error());
    m_status->setText(tr("Saved %1").arg(path));
}

} // namespace huellas
