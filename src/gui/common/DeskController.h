#pragma once

#include "storage/OwnerFilter.h"

#include <QObject>

class QDockWidget;

namespace huellas {

class Database;
class FollowUpsPanel;
class InteractionLogView;
class DashboardView;
class DatabaseCare;
class ImportLauncher;
class DatabaseTask;
class MainWindow;
class OwnerEditorLauncher;
class SegmentsView;

// Puts the desk together: fills the main window's sections, opens the owner editor and the
// interaction dialog on the window's requests, and keeps the list, the log, the follow-ups and
// the badge current after every save. The window itself only asks; this answers.
class DeskController final : public QObject
{
    Q_OBJECT

public:
    // The page cache of each of the window's connections (the main one and every worker's):
    // the owners list, the log and the dashboard read a few pages each, and the file's pages
    // stay in the system's cache anyway. Set before the database is opened; an import raises
    // its own connection's. Keeps the window within ~300 MB with a million owners.
    static constexpr int connectionCacheKiB = 16 * 1024;

    DeskController(Database& database, MainWindow& window);

    FollowUpsPanel* followUps() const { return m_followUps; }
    InteractionLogView* interactionLog() const { return m_log; }
    DatabaseCare* care() const { return m_care; }
    ImportLauncher* importer() const { return m_import; }
    // The start-up refresh when the date moved since the last one (DOMAIN.md: days since, churn
    // and engagement age with the calendar): on a worker connection, with "actualizando
    // métricas…" in the status bar; every list is read again when it ends.
    void refreshMetricsIfStale();
    bool isRefreshingMetrics() const;

private:
    void openOwner(qint64 ownerId);
    void logInteraction(qint64 ownerId);
    void showNextFollowUp();
    // A chart slice, a card or a segment: the owners list restricted to exactly those owners.
    void showOwners(const OwnerFilter& filter, const QString& label);
    void refreshAfterChange();
    void refreshEverything(); // the whole file changed underneath (a restore)

    Database& m_database;
    MainWindow& m_window;
    OwnerEditorLauncher* m_editor;
    InteractionLogView* m_log;
    FollowUpsPanel* m_followUps;
    QDockWidget* m_followUpsDock;
    SegmentsView* m_segments;
    DashboardView* m_dashboard;
    DatabaseCare* m_care;
    ImportLauncher* m_import;
    DatabaseTask* m_metricsRefresh;
};

} // namespace huellas
