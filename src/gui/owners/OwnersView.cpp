#include "OwnersView.h"

#include "OwnerListModel.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace huellas {

OwnersView::OwnersView(Database& database, QWidget* parent)
    : QWidget(parent), m_model(new OwnerListModel(database.connection(), this)), m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("ownersTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OwnerListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OwnerListModel::Name, 220);
    m_table->setColumnWidth(OwnerListModel::Phone, 120);
    m_table->setColumnWidth(OwnerListModel::LifetimeValue, 120);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void OwnersView::reload() { m_model->reload(); }

} // namespace huellas
