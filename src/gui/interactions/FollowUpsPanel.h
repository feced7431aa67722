#pragma once

#include "gui/common/DatabaseWorker.h"
#include "gui/common/RequestGeneration.h"
#include "storage/InteractionQueries.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QTimer;

namespace huellas {

class Database;
class FollowUpListModel;
class FollowUpTableView;

// "Pendientes": the follow-ups to attend (storage's FollowUpState::NeedsAttention), grouped:
// overdue (tinted), due today, then "Sin fecha" — those with no date. Space or Ctrl+D
// marks the selected one done and moves on to the next; Enter or double-click opens it.
// countChanged() feeds the main window's "Pendientes hoy" badge.
class FollowUpsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpsPanel(Database& database, QWidget* parent = nullptr);

    // How many there are to attend; the list shows the first listLimit of them.
    int count() const { return m_counts.total(); }
    static constexpr int listLimit = 500;
    FollowUpListModel* model() const { return m_model; }
    FollowUpTableView* table() const { return m_table; }
    bool isLoading() const { return m_loading; }

    // Re-reads as of today's date on the panel's worker; refreshed() tells when the list is in,
    // and countChanged() when the number moved.
    void refresh();
    bool markSelectedDone();

signals:
    void refreshed();
    void countChanged(int count);
    // A follow-up was completed or an interaction edited from here.
    void interactionsChanged();

private:
    void setUpTable();
    void setUpActions();
    struct ToAttend
    {
        InteractionQueries::FollowUpCounts counts;
        QList<InteractionRow> listed;
    };
    void openFollowUp(const QModelIndex& index);
    void showRead(const Result<ToAttend>& read, const QDate& today);
    void showSummary();

    Database& m_database;
    FollowUpListModel* m_model;
    FollowUpTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_markDone;
    QTimer* m_refreshTimer;
    InteractionQueries::FollowUpCounts m_counts;
    bool m_loading = false;
    int m_lastCount = -1;
    RequestGeneration m_generation;
    // A long list (a chain's backlog) is read off the UI thread. Last: it goes first, waiting
    // for its thread, while the rest is whole.
    DatabaseWorker m_worker;
};

} // namespace huellas
