#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;

namespace huellas {

class Database;
class InteractionFilterBar;
class InteractionLogModel;

// The "Interacciones" section: the filter bar over the interaction log, newest first. With an
// owner id it is that owner's timeline (the owner column hidden). Enter or double-click edits
// an interaction; Ctrl+I logs a new one (for the view's owner, if it has one).
class InteractionLogView final : public QWidget
{
    Q_OBJECT

public:
    explicit InteractionLogView(Database& database, QWidget* parent = nullptr);
    InteractionLogView(Database& database, qint64 ownerId, QWidget* parent = nullptr);

    void setOwner(qint64 ownerId); // 0: every owner
    qint64 ownerId() const { return m_ownerId; }
    InteractionLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    InteractionFilterBar* filterBar() const { return m_filters; }

    // Re-reads the staff list and the rows (after changes made elsewhere).
    void reload();
    bool logInteraction();
    bool editInteraction(qint64 interactionId);

signals:
    // Something was saved from this view; the owner list and the follow-ups want a refresh.
    void interactionsChanged();

private:
    void setUpTable();
    void setUpActions();
    void applyFilters();
    void openInteraction(const QModelIndex& index);
    void afterSave();
    void afterLoad();
    void updateCount();

    Database& m_database;
    qint64 m_ownerId = 0;
    InteractionFilterBar* m_filters;
    InteractionLogModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    int m_rowToKeep = -1; // the row selected before a reload, selected again when it is in
};

} // namespace huellas
