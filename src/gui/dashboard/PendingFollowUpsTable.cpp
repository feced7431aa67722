#include "PendingFollowUpsTable.h"

#include "DashboardLabels.h"
#include "gui/interactions/FollowUpListModel.h"
#include "gui/interactions/FollowUpTableView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace huellas {

PendingFollowUpsTable::PendingFollowUpsTable(QWidget* parent)
    : QWidget(parent), m_model(new FollowUpListModel(this)),
      m_table(new FollowUpTableView(m_model, this)),
      m_title(new QLabel(this)), m_markDone(new QPushButton(tr("Mark done"), this)),
      m_showOwners(new QPushButton(tr("Show these owners"), this))
{
    setObjectName(QStringLiteral("pendingFollowUpsPanel"));
    m_title->setObjectName(QStringLiteral("pendingFollowUpsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_markDone->setObjectName(QStringLiteral("markFollowUpDoneButton"));
    m_markDone->setToolTip(tr("Mark the selected follow-up as done"));
    m_showOwners->setObjectName(QStringLiteral("pendingFollowUpOwnersButton"));
    m_showOwners->setFlat(true);

    m_table->setObjectName(QStringLiteral("pendingFollowUpsTable"));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 9);
    m_table->setToolTip(tr("Double-click a follow-up to open its owner in the list"));

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const InteractionRow* row = m_model->followUpAt(index))
            emit drillDown(m_ownerFilters.value(row->id), row->ownerName);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingFollowUpsTable::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PendingFollowUpsTable::updateButtons);
    connect(m_markDone, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedInteraction(); id > 0)
            emit markDoneRequested(id);
    });
    connect(m_showOwners, &QPushButton::clicked, this,
            [this] { emit drillDown(m_listed.filter, tr("Owners with a follow-up to attend")); });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_showOwners);
    header->addStretch();
    header->addWidget(m_markDone);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_table);
    updateButtons();
}

void PendingFollowUpsTable::setFollowUps(const DashboardKpis& kpis,
                                         const QList<DashboardFollowUp>& followUps,
                                         const QDate& asOf)
{
    const DashboardFigure& listed = kpis.followUpsNeedingAttention;
    m_listed = listed;
    m_ownerFilters.clear();
    QList<InteractionRow> rows;
    for (const DashboardFollowUp& item : followUps) {
        rows << item.row;
        m_ownerFilters.insert(item.row.id, item.filter);
    }
    m_model->setFollowUps(rows, asOf,
                          InteractionQueries::FollowUpCounts{int(kpis.followUpsOverdue.value),
                                                             int(kpis.followUpsToday.value),
                                                             int(kpis.followUpsUndated.value)});
    m_title->setText(
        followUps.size() < listed.value
            ? tr("Pending follow-ups: %1 (the first %2 shown)")
                  .arg(DashboardLabels::count(listed.value), DashboardLabels::count(followUps.size()))
            : tr("Pending follow-ups: %1").arg(DashboardLabels::count(listed.value)));
    m_showOwners->setText(tr("Show these %1 owners").arg(DashboardLabels::count(listed.owners)));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpListModel::Subject,
                                                      QHeaderView::Stretch);
}

qint64 PendingFollowUpsTable::selectedInteraction() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->interactionAt(rows.first());
}

void PendingFollowUpsTable::updateButtons()
{
    m_markDone->setEnabled(selectedInteraction() > 0);
    m_showOwners->setEnabled(m_listed.owners > 0);
}

} // namespace huellas
