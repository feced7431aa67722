#include "OwnersView.h"

#include "OwnerFilterBar.h"
#include "OwnerListModel.h"
#include "gui/common/PagedTableModel.h"
#include "storage/Database.h"
#include "storage/OwnerListQuery.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace huellas {
namespace {

// Enter on a row opens it; QTableView would otherwise just move the cursor.
class OwnerTable final : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void(const QModelIndex&)> onActivate;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            onActivate(currentIndex());
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

OwnersView::OwnersView(Database& database, QWidget* parent)
    : QWidget(parent), m_filterBar(new OwnerFilterBar(this)),
      m_model(new OwnerListModel(database, this)), m_table(new OwnerTable(this)),
      m_counts(new QLabel(this)), m_restrictionLabel(new QLabel(this)),
      m_clearRestriction(new QPushButton(tr("Show all"), this))
{
    auto* table = static_cast<OwnerTable*>(m_table);
    table->onActivate = [this](const QModelIndex& index) { activate(index); };
    m_table->setObjectName(QStringLiteral("ownersTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OwnerListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OwnerListModel::Name, 240);
    m_table->setColumnWidth(OwnerListModel::Phone, 130);
    m_table->setColumnWidth(OwnerListModel::Tier, 100);
    m_table->setColumnWidth(OwnerListModel::ChurnRisk, 100);
    m_table->setColumnWidth(OwnerListModel::Engagement, 100);
    m_table->setColumnWidth(OwnerListModel::LifetimeValue, 130);
    m_table->setColumnWidth(OwnerListModel::LastVisit, 100);
    connect(m_table, &QTableView::doubleClicked, this, &OwnersView::activate);

    auto* newOwner = new QPushButton(tr("+ New owner (Ctrl+N)"), this);
    newOwner->setObjectName(QStringLiteral("newOwnerButton"));
    connect(newOwner, &QPushButton::clicked, this, &OwnersView::newOwnerRequested);

    m_counts->setObjectName(QStringLiteral("ownerCountsLabel"));
    m_counts->setText(tr("Loading…"));
    m_restrictionLabel->setObjectName(QStringLiteral("restrictionLabel"));
    m_clearRestriction->setObjectName(QStringLiteral("clearRestrictionButton"));
    m_restrictionLabel->hide();
    m_clearRestriction->hide();
    connect(m_clearRestriction, &QPushButton::clicked, this, &OwnersView::clearRestriction);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filterBar, 1);
    top->addWidget(newOwner, 0, Qt::AlignTop);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_restrictionLabel);
    bottom->addWidget(m_clearRestriction);
    bottom->addStretch();
    bottom->addWidget(m_counts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_filterBar, &OwnerFilterBar::criteriaChanged, this, &OwnersView::applyCriteria);
    connect(m_model, &PagedTableModel::loaded, this, &OwnersView::afterLoad);
    connect(m_model, &PagedTableModel::counted, this, &OwnersView::updateCounts);
    connect(m_model, &PagedTableModel::failed, m_counts, &QLabel::setText);
    connect(m_model, &PagedTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_counts->setText(tr("Loading…"));
    });
    connect(m_filterBar, &OwnerFilterBar::moveToListRequested, this, [this] {
        m_table->setFocus();
        // ↓ right after typing: the matches may still be on their way, and the first of them,
        // not a row of the list before, is the one Enter must open.
        if (m_model->isLoading())
            m_selectFirstWhenLoaded = true;
        else if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    reload();
}

qint64 OwnersView::currentOwnerId() const { return m_model->ownerAt(m_table->currentIndex()); }

void OwnersView::focusSearch() { m_filterBar->focusSearch(); }

void OwnersView::activate(const QModelIndex& index)
{
    if (const qint64 id = m_model->ownerAt(index); id > 0)
        emit ownerActivated(id);
}

void OwnersView::applyCriteria()
{
    OwnerListCriteria criteria = m_filterBar->criteria();
    criteria.restriction = m_restriction;
    m_model->setCriteria(criteria);
}

void OwnersView::reload()
{
    // Keep the receptionist's place: the owner just edited stays selected once the rows are in.
    if (!m_model->isLoading())
        m_ownerToKeep = currentOwnerId();
    // The page first: the places for the filters and the total wait behind it on the worker.
    applyCriteria();
    struct ListFacts
    {
        QStringList cities;
        QStringList neighborhoods;
        int total = 0;
    };
    m_model->worker().run<ListFacts>(
        {},
        [](Database& database) -> Result<ListFacts> {
            auto cities = OwnerListQuery::valuesInUse(database, OwnerListQuery::Facet::City);
            auto neighborhoods = OwnerListQuery::valuesInUse(database, OwnerListQuery::Facet::Neighborhood);
            auto total = OwnerListQuery::count(database, {});
            if (!cities || !neighborhoods || !total)
                return failure<ListFacts>(!cities ? cities.error() : !neighborhoods ? neighborhoods.error() : total.error());
            return ListFacts{*cities, *neighborhoods, *total};
        },
        [this](const Result<ListFacts>& facts) {
            if (!facts)
                return m_counts->setText(facts.error());
            m_total = facts->total;
            m_filterBar->setPlaces(facts->cities, facts->neighborhoods);
            if (!m_model->isLoading() && !m_model->isCounting())
                updateCounts();
        });
}

void OwnersView::afterLoad()
{
    if (const int row = m_ownerToKeep > 0 ? m_model->rowOf(m_ownerToKeep) : -1; row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    else if (m_selectFirstWhenLoaded && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_ownerToKeep = 0;
    m_selectFirstWhenLoaded = false;
    if (m_model->isCounting())
        m_counts->setText(tr("Counting…"));
}

void OwnersView::setRestriction(const OwnerFilter& restriction, const QString& label)
{
    m_restriction = restriction;
    m_restrictionLabel->setText(tr("Showing: %1").arg(label));
    m_restrictionLabel->show();
    m_clearRestriction->show();
    applyCriteria();
}

void OwnersView::clearRestriction()
{
    m_restriction = {};
    m_restrictionLabel->hide();
    m_clearRestriction->hide();
    applyCriteria();
}

void OwnersView::updateCounts()
{
    const int matching = m_model->rowCount();
    const int all = m_total >= 0 ? m_total : matching;
    const QLocale locale;
    QString text = tr("Owners: %1").arg(locale.toString(all));
    if (matching != all)
        text += tr(" · matching: %1").arg(locale.toString(matching));
    m_counts->setText(text);
    emit countsChanged(all, matching);
}

} // namespace huellas
