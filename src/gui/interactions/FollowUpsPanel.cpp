#include "FollowUpsPanel.h"

#include "FollowUpListModel.h"
#include "InteractionLauncher.h"
#include "core/LocalTime.h"
#include "gui/common/MessageBox.h"
#include "storage/ActivityRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace huellas {
namespace {

// Other workstations share the database, and "today" moves at midnight.
constexpr int refreshIntervalMs = 2 * 60 * 1000;

} // namespace

FollowUpsPanel::FollowUpsPanel(Database& database, QWidget* parent)
    : QWidget(parent), m_database(database), m_model(new FollowUpListModel(database, this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_markDone(new QPushButton(tr("Mark as done (Space)"), this)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("followUpsPanel"));
    m_summary->setObjectName(QStringLiteral("followUpsSummaryLabel"));
    m_markDone->setObjectName(QStringLiteral("markFollowUpDoneButton"));
    m_markDone->setToolTip(tr("Marks the selected follow-up as done (Space or Ctrl+D)"));
    connect(m_markDone, &QPushButton::clicked, this, &FollowUpsPanel::markSelectedDone);

    auto* header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_markDone);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);

    setUpTable();
    setUpActions();
    connect(m_refreshTimer, &QTimer::timeout, this, &FollowUpsPanel::refresh);
    m_refreshTimer->start(refreshIntervalMs);
    refresh();
}

void FollowUpsPanel::setUpTable()
{
    m_table->setObjectName(QStringLiteral("followUpsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpListModel::Subject,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(FollowUpListModel::Due, 150);
    m_table->setColumnWidth(FollowUpListModel::OwnerName, 180);
    m_table->setColumnWidth(FollowUpListModel::Phone, 120);
    m_table->setColumnWidth(FollowUpListModel::Type, 120);
    m_table->setColumnWidth(FollowUpListModel::HandledBy, 130);
    connect(m_table, &QTableView::activated, this, &FollowUpsPanel::openFollowUp);
}

void FollowUpsPanel::setUpActions()
{
    auto* done = new QAction(tr("Mark follow-up as done"), this);
    done->setObjectName(QStringLiteral("actionMarkFollowUpDone"));
    done->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::CTRL | Qt::Key_D)});
    done->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(done, &QAction::triggered, this, &FollowUpsPanel::markSelectedDone);
    addAction(done);
}

int FollowUpsPanel::count() const
{
    return m_model->rowCount();
}

void FollowUpsPanel::refresh()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 currentId = m_model->interactionAt(current);
    m_model->reload(LocalTime::today());
    selectAfterRefresh(currentId, current.row());
    if (!m_model->lastError().isEmpty())
        m_summary->setText(m_model->lastError());
    else if (count() == 0)
        m_summary->setText(tr("No follow-ups due today. All caught up."));
    else
        m_summary->setText(tr("Follow-ups due today and overdue: %1").arg(count()));
    m_markDone->setEnabled(count() > 0);
    if (count() != m_lastCount) {
        m_lastCount = count();
        emit countChanged(m_lastCount);
    }
}

void FollowUpsPanel::selectAfterRefresh(qint64 interactionId, int row)
{
    if (count() == 0)
        return;
    // The same follow-up when it is still there; otherwise the one that took its place, so
    // pressing Space again completes the next one.
    for (int r = 0; r < count(); ++r)
        if (m_model->interactionAt(m_model->index(r, 0)) == interactionId) {
            m_table->selectRow(r);
            return;
        }
    m_table->selectRow(qBound(0, row, count() - 1));
}

bool FollowUpsPanel::markSelectedDone()
{
    const qint64 id = m_model->interactionAt(m_table->currentIndex());
    if (id <= 0)
        return false;
    if (auto done = ActivityRepository(m_database).setFollowUpCompleted(id, true); !done) {
        MessageBox::critical(this, tr("Follow-ups"),
                             tr("The follow-up could not be marked as done.") +
                                 QStringLiteral("\n\n") + done.error());
        return false;
    }
    refresh();
    emit interactionsChanged();
    return true;
}

void FollowUpsPanel::openFollowUp(const QModelIndex& index)
{
    const qint64 id = m_model->interactionAt(index);
    if (id > 0 && InteractionLauncher::editInteraction(m_database, id, this)) {
        refresh();
        emit interactionsChanged();
    }
}

} // namespace huellas
