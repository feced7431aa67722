#pragma once

#include "storage/OwnerFilter.h"
#include "storage/dashboard/DashboardData.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace huellas {

class Database;
class DashboardChartsGrid;
class DashboardLoader;
class KpiCardsRow;
class PendingFollowUpsTable;
class TopOwnersTable;

// The manager's "Tablero" (F5): KPI cards, six charts, the top owners and the pending
// follow-ups, over a period of 3, 6, 12 or 24 months. The numbers are read on a worker thread
// with its own connection to the same file; every card, slice and bar emits drillDown() with
// exactly the owners it counts.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    // Starts the first load at once; `database` is used on this thread only for "Marcar hecho".
    explicit DashboardView(Database& database, QWidget* parent = nullptr);
    ~DashboardView() override;

    int months() const;
    // Selects 3, 6, 12 or 24 months and reloads.
    void setMonths(int months);
    bool isLoading() const;
    bool hasSnapshot() const { return m_hasSnapshot; }
    // What is on screen now (empty before the first load lands).
    const DashboardSnapshot& snapshot() const { return m_snapshot; }

    KpiCardsRow* kpiCards() const { return m_kpis; }
    DashboardChartsGrid* charts() const { return m_charts; }
    TopOwnersTable* topOwners() const { return m_topOwners; }
    PendingFollowUpsTable* followUps() const { return m_followUps; }
    // The whole dashboard as a picture (what the exports write).
    QPixmap picture() const;

public slots:
    void reload();
    void exportPng();
    void exportPdf();

signals:
    // A card, slice, bar or row was clicked: open the owner list on `filter`, labelled.
    void drillDown(const huellas::OwnerFilter& filter, const QString& label);
    // "Marcar hecho" completed this interaction's follow-up (the desk badge may refresh).
    void followUpCompleted(qint64 interactionId);
    // A new snapshot is on screen.
    void snapshotShown();
    // A load failed (the message is also shown in the status line).
    void loadFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createTopBar();
    QWidget* createContent();
    QWidget* createBottomBar();
    void present(const DashboardSnapshot& snapshot);
    void showFailure(const QString& message);
    void showBusy(bool busy);
    void markDone(qint64 interactionId);
    QString suggestedFileName(const char* extension) const;

    Database& m_database;
    DashboardLoader* m_loader;
    QComboBox* m_period = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_loadingLabel = nullptr;
    QWidget* m_content = nullptr;
    KpiCardsRow* m_kpis = nullptr;
    DashboardChartsGrid* m_charts = nullptr;
    TopOwnersTable* m_topOwners = nullptr;
    PendingFollowUpsTable* m_followUps = nullptr;
    QPushButton* m_exportPng = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    DashboardSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    QDateTime m_shownAt;
};

} // namespace huellas
