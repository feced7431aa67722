#pragma once

#include "storage/OwnerFilter.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace huellas {

class Database;
class OwnerFilterBar;
class OwnerListModel;

// The Clientes section: search and quick filters, the owners table, and the count line
// ("4,812 owners · 3 match"). Enter or a double-click opens the owner.
class OwnersView final : public QWidget
{
    Q_OBJECT

public:
    explicit OwnersView(Database& database, QWidget* parent = nullptr);

    OwnerListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    OwnerFilterBar* filterBar() const { return m_filterBar; }
    qint64 currentOwnerId() const;
    void focusSearch();
    // Shows only these owners (a chart slice or a segment), labelled; the search still applies.
    void setRestriction(const OwnerFilter& restriction, const QString& label);
    void clearRestriction();

public slots:
    // Re-reads the list, the total and the filter values after a change elsewhere (on the
    // list's worker), keeping the selected owner when possible.
    void reload();

signals:
    void ownerActivated(qint64 ownerId);
    void newOwnerRequested();
    void countsChanged(int total, int matching);

private:
    void applyCriteria();
    void afterLoad();
    void updateCounts();
    void activate(const QModelIndex& index);

    OwnerFilterBar* m_filterBar;
    OwnerListModel* m_model;
    QTableView* m_table;
    QLabel* m_counts;
    QLabel* m_restrictionLabel;
    QPushButton* m_clearRestriction;
    OwnerFilter m_restriction;
    qint64 m_ownerToKeep = 0; // selected before a reload, selected again when its row is in
    bool m_selectFirstWhenLoaded = false; // ↓ from the search while the matches were on their way
    int m_total = -1;         // every owner, read with the filter values; -1 until then
};

} // namespace huellas
