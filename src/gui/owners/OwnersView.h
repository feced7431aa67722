#pragma once

#include <QWidget>

class QTableView;

namespace huellas {

class Database;
class OwnerListModel;

// The Clientes section: the owners table. Read-only for now; the desk's search, filters and
// editor grow from here.
class OwnersView final : public QWidget
{
    Q_OBJECT

public:
    explicit OwnersView(Database& database, QWidget* parent = nullptr);
    OwnerListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void reload();

private:
    OwnerListModel* m_model;
    QTableView* m_table;
};

} // namespace huellas
