#pragma once

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

    int count() const;
    FollowUpListModel* model() const { return m_model; }
    FollowUpTableView* table() const { return m_table; }

    // Re-reads as of today's date; emits countChanged() when the number moved.
    void refresh();
    bool markSelectedDone();

signals:
    void countChanged(int count);
    // A follow-up was completed or an interaction edited from here.
    void interactionsChanged();

private:
    void setUpTable();
    void setUpActions();
    void openFollowUp(const QModelIndex& index);

    Database& m_database;
    FollowUpListModel* m_model;
    FollowUpTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_markDone;
    QTimer* m_refreshTimer;
    int m_lastCount = -1;
};

} // namespace huellas
