#include "InteractionLogView.h"

#include "InteractionFilterBar.h"
#include "InteractionLauncher.h"
#include "InteractionLogModel.h"
#include "gui/common/PagedTableModel.h"
#include "storage/InteractionQueries.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace huellas {

InteractionLogView::InteractionLogView(Database& database, QWidget* parent)
    : InteractionLogView(database, 0, parent)
{
}

InteractionLogView::InteractionLogView(Database& database, qint64 ownerId, QWidget* parent)
    : QWidget(parent), m_database(database), m_ownerId(ownerId),
      m_filters(new InteractionFilterBar(this)), m_model(new InteractionLogModel(database, this)),
      m_table(new QTableView(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("interactionLogView"));
    m_filters->setObjectName(QStringLiteral("interactionFilterBar"));
    m_count->setObjectName(QStringLiteral("interactionCountLabel"));
    m_count->setText(tr("Loading…"));
    auto* logButton = new QPushButton(tr("Log interaction (Ctrl+I)"), this);
    logButton->setObjectName(QStringLiteral("logInteractionButton"));
    connect(logButton, &QPushButton::clicked, this, &InteractionLogView::logInteraction);

    auto* header = new QHBoxLayout;
    header->addWidget(m_filters, 1);
    header->addWidget(logButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    setUpTable();
    setUpActions();
    connect(m_filters, &InteractionFilterBar::criteriaChanged, this,
            &InteractionLogView::applyFilters);
    connect(m_model, &PagedTableModel::loaded, this, &InteractionLogView::afterLoad);
    connect(m_model, &PagedTableModel::counted, this, &InteractionLogView::updateCount);
    connect(m_model, &PagedTableModel::failed, this, &InteractionLogView::updateCount);
    connect(m_model, &PagedTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_count->setText(tr("Loading…"));
    });
    reload();
}

void InteractionLogView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("interactionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(InteractionLogModel::Subject, QHeaderView::Stretch);
    const std::pair<int, int> widths[] = {
        {InteractionLogModel::When, 120},     {InteractionLogModel::OwnerName, 180},
        {InteractionLogModel::Type, 120},     {InteractionLogModel::Direction, 80},
        {InteractionLogModel::Sentiment, 80}, {InteractionLogModel::HandledBy, 130},
        {InteractionLogModel::FollowUp, 150},
    };
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->setColumnHidden(InteractionLogModel::OwnerName, m_ownerId > 0);
    // activated covers double-click and Enter.
    connect(m_table, &QTableView::activated, this, &InteractionLogView::openInteraction);
}

void InteractionLogView::setUpActions()
{
    // No keyboard shortcuts of its own: inside the main window, Ctrl+I and Ctrl+F are the
    // window's (a second, view-wide binding of the same keys would make both ambiguous, and
    // Qt then fires neither). The window routes them here when this section is shown.
    auto* log = new QAction(tr("Log interaction"), this);
    log->setObjectName(QStringLiteral("actionLogInteraction"));
    connect(log, &QAction::triggered, this, &InteractionLogView::logInteraction);
    addAction(log);
    auto* find = new QAction(tr("Search interactions"), this);
    find->setObjectName(QStringLiteral("actionSearchInteractions"));
    connect(find, &QAction::triggered, m_filters, &InteractionFilterBar::focusSearch);
    addAction(find);
}

void InteractionLogView::setOwner(qint64 ownerId)
{
    m_ownerId = ownerId;
    m_table->setCurrentIndex({}); // another owner's rows: the old position means nothing
    m_table->setColumnHidden(InteractionLogModel::OwnerName, ownerId > 0);
    applyFilters();
}

void InteractionLogView::reload()
{
    if (auto staff = InteractionQueries::staff(m_database))
        m_filters->setStaff(*staff);
    applyFilters();
}

void InteractionLogView::applyFilters()
{
    InteractionCriteria criteria = m_filters->criteria();
    criteria.ownerId = m_ownerId;
    // Keep the current row across the reload: after an edit the desk stays where it was.
    if (!m_model->isLoading())
        m_rowToKeep = m_table->currentIndex().row();
    m_model->setCriteria(criteria);
}

void InteractionLogView::afterLoad()
{
    if (m_rowToKeep >= 0 && m_model->rowCount() > 0)
        m_table->selectRow(qMin(m_rowToKeep, m_model->rowCount() - 1));
    m_rowToKeep = -1;
    if (m_model->isCounting())
        m_count->setText(tr("Counting…"));
}

void InteractionLogView::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        return;
    }
    m_count->setText(tr("Interactions: %1").arg(QLocale().toString(m_model->rowCount())));
}

bool InteractionLogView::logInteraction()
{
    if (!InteractionLauncher::logInteraction(m_database, m_ownerId, this))
        return false;
    afterSave();
    return true;
}

bool InteractionLogView::editInteraction(qint64 interactionId)
{
    if (!InteractionLauncher::editInteraction(m_database, interactionId, this))
        return false;
    afterSave();
    return true;
}

void InteractionLogView::openInteraction(const QModelIndex& index)
{
    if (const qint64 id = m_model->interactionAt(index); id > 0)
        editInteraction(id);
}

void InteractionLogView::afterSave()
{
    reload();
    emit interactionsChanged();
}

} // namespace huellas
