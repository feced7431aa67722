#include "TopOwnersTable.h"

#include "TopOwnersModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace huellas {

TopOwnersTable::TopOwnersTable(QWidget* parent)
    : QWidget(parent), m_model(new TopOwnersModel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("topOwnersPanel"));
    auto* title = new QLabel(
        tr("Top %1 owners by lifetime value").arg(DashboardSnapshot::topOwnerCount), this);
    title->setObjectName(QStringLiteral("topOwnersTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_table->setObjectName(QStringLiteral("topOwnersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click an owner to open the list on them"));
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitHeight();
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const DashboardTopOwner* owner = m_model->ownerAt(index))
            emit drillDown(owner->filter, owner->name);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_table);
}

void TopOwnersTable::setOwners(const QList<DashboardTopOwner>& owners)
{
    m_model->setOwners(owners);
    fitHeight();
}

void TopOwnersTable::fitHeight()
{
    // Every row shows, without scrolling and without an empty band below.
    const int rows = std::max(m_model->rowCount(), 1);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());
}

} // namespace huellas
