#pragma once

#include "storage/OwnerFilter.h"

#include <QWidget>

class QTableView;

namespace huellas {

class TopOwnersModel;
struct DashboardTopOwner;

// The top owners by lifetime value; Enter or a double-click opens that owner in the list.
class TopOwnersTable final : public QWidget
{
    Q_OBJECT

public:
    explicit TopOwnersTable(QWidget* parent = nullptr);

    void setOwners(const QList<DashboardTopOwner>& owners);
    TopOwnersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

signals:
    void drillDown(const huellas::OwnerFilter& filter, const QString& label);

private:
    void fitHeight();

    TopOwnersModel* m_model;
    QTableView* m_table;
};

} // namespace huellas
