#include "DeskController.h"

#include "DatabaseCare.h"
#include "DatabaseTask.h"
#include "ImportLauncher.h"
#include "MessageBox.h"
#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/MetricsRefresher.h"
#include "MainWindow.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/interactions/FollowUpTableView.h"
#include "gui/interactions/FollowUpsPanel.h"
#include "gui/interactions/InteractionLauncher.h"
#include "gui/interactions/InteractionLogView.h"
#include "gui/owners/OwnerEditorDialog.h"
#include "gui/owners/OwnerEditorLauncher.h"
#include "gui/owners/OwnersView.h"
#include "gui/segments/SegmentBuilderDialog.h"
#include "gui/segments/SegmentsView.h"

#include <QDockWidget>
#include <QTableView>

namespace huellas {

DeskController::DeskController(Database& database, MainWindow& window)
    : QObject(&window), m_database(database), m_window(window),
      m_editor(new OwnerEditorLauncher(database, &window)), m_log(new InteractionLogView(database, &window)),
      m_followUps(new FollowUpsPanel(database, &window)), m_followUpsDock(new QDockWidget(&window)),
      m_segments(new SegmentsView(database, &window)), m_dashboard(new DashboardView(database, &window)),
      m_care(new DatabaseCare(database, window)), m_import(new ImportLauncher(database, &window, this)),
      m_metricsRefresh(new DatabaseTask(
          database.spec(),
          [](Database& db) -> Result<QString> {
              auto ran = MetricsRefresher(db).refreshIfStale(LocalTime::today());
              if (!ran)
                  return failure<QString>(ran.error());
              return QString();
          },
          this))
{
    m_editor->setParent(this);
    window.setSectionWidget(MainWindow::Interactions, m_log);
    window.setSectionWidget(MainWindow::Segments, m_segments);
    connect(m_segments, &SegmentsView::showMembers, this, &DeskController::showOwners);
    window.setSectionWidget(MainWindow::Dashboard, m_dashboard);
    connect(m_dashboard, &DashboardView::drillDown, this, &DeskController::showOwners);
    connect(m_dashboard, &DashboardView::followUpCompleted, this, &DeskController::refreshAfterChange);
    connect(&window, &MainWindow::importRequested, m_import, &ImportLauncher::start);
    connect(m_import, &ImportLauncher::imported, this, &DeskController::refreshEverything);
    connect(m_care, &DatabaseCare::restored, this, [this](bool ok) {
        if (ok)
            refreshEverything();
    });
    connect(m_metricsRefresh, &DatabaseTask::finished, this, [this](bool ok, const QString& error) {
        m_window.setBusyMessage({});
        if (!ok)
            MessageBox::critical(&m_window, tr("Metrics"),
                                 tr("The metrics could not be brought up to date: %1").arg(error));
        refreshEverything();
    });

    m_followUpsDock->setObjectName(QStringLiteral("followUpsDock"));
    m_followUpsDock->setWindowTitle(tr("Due today"));
    m_followUpsDock->setWidget(m_followUps);
    m_followUpsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    // Below the list rather than beside it: both keep the width of a laptop screen.
    window.addDockWidget(Qt::BottomDockWidgetArea, m_followUpsDock);
    window.resizeDocks({m_followUpsDock}, {240}, Qt::Vertical);
    // The badge tells how many are due; the panel opens on demand (badge, Ctrl+J) so the
    // owners list keeps the whole width of a laptop screen.
    m_followUpsDock->hide();

    connect(&window, &MainWindow::ownerOpenRequested, this, &DeskController::openOwner);
    connect(&window, &MainWindow::newOwnerRequested, this, [this] { openOwner(0); });
    connect(&window, &MainWindow::logInteractionRequested, this, &DeskController::logInteraction);
    connect(&window, &MainWindow::nextFollowUpRequested, this, &DeskController::showNextFollowUp);
    connect(m_editor, &OwnerEditorLauncher::logInteractionRequested, this, &DeskController::logInteraction);
    connect(m_editor, &OwnerEditorLauncher::ownerSaved, this, &DeskController::refreshAfterChange);
    connect(m_log, &InteractionLogView::interactionsChanged, this, &DeskController::refreshAfterChange);
    connect(m_followUps, &FollowUpsPanel::interactionsChanged, this, &DeskController::refreshAfterChange);
    connect(m_followUps, &FollowUpsPanel::countChanged, &window, &MainWindow::setFollowUpCount);
    window.setFollowUpCount(m_followUps->count());
}

void DeskController::openOwner(qint64 ownerId)
{
    m_editor->editOwner(ownerId); // saving emits ownerSaved, which refreshes the rest
}

void DeskController::logInteraction(qint64 ownerId)
{
    QWidget* parent = m_editor->openEditor() ? static_cast<QWidget*>(m_editor->openEditor()) : &m_window;
    if (InteractionLauncher::logInteraction(m_database, ownerId, parent))
        refreshAfterChange();
}

void DeskController::showNextFollowUp()
{
    m_followUpsDock->show();
    m_followUpsDock->raise();
    FollowUpTableView* table = m_followUps->table();
    table->setFocus(Qt::ShortcutFocusReason);
    const auto selectFirst = [table] {
        if (table->currentInteraction() == 0)
            table->selectFollowUp(0, 0);
    };
    selectFirst();
    // The list is read again on its worker; the first one is chosen there too once it is in.
    connect(m_followUps, &FollowUpsPanel::refreshed, table, selectFirst, Qt::SingleShotConnection);
    m_followUps->refresh();
}

void DeskController::showOwners(const OwnerFilter& filter, const QString& label)
{
    m_window.ownersView()->setRestriction(filter, label);
    m_window.showSection(MainWindow::Owners);
}

void DeskController::refreshAfterChange()
{
    m_window.ownersView()->reload();
    m_log->reload();
    m_followUps->refresh();
    m_window.refreshStatus();
}

void DeskController::refreshMetricsIfStale()
{
    if (m_database.isReadOnly() || m_metricsRefresh->isRunning() ||
        MetricsRefresher(m_database).asOf() == LocalTime::today())
        return;
    m_window.setBusyMessage(tr("Updating metrics…"));
    m_metricsRefresh->start();
}

bool DeskController::isRefreshingMetrics() const
{
    return m_metricsRefresh->isRunning();
}

void DeskController::refreshEverything()
{
    refreshAfterChange();
    m_segments->reload();
    m_dashboard->reload();
}

} // namespace huellas
