#include "FollowUpsPanel.h"

#include "FollowUpListModel.h"
#include "FollowUpTableView.h"
#include "InteractionLauncher.h"
#include "core/LocalTime.h"
#include "gui/common/MessageBox.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/InteractionQueries.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
    : QWidget(parent), m_database(database), m_model(new FollowUpListModel(this)),
      m_table(new FollowUpTableView(m_model, this)), m_summary(new QLabel(this)),
      m_markDone(new QPushButton(tr("Mark as done (Space)"), this)),
      m_refreshTimer(new QTimer(this)), m_worker(database.spec())
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

void FollowUpsPanel::refresh()
{
    const int request = m_generation.next();
    const QDate today = LocalTime::today();
    if (!m_loading && m_lastCount < 0)
        m_summary->setText(tr("Loading…"));
    m_loading = true;
    m_worker.run<ToAttend>(
        [this, request] { return m_generation.isCurrent(request); },
        [today](Database& database) -> Result<ToAttend> {
            auto counts = InteractionQueries::followUpsNeedingAttentionCounts(database, today);
            if (!counts)
                return failure<ToAttend>(counts.error());
            auto listed = InteractionQueries::followUpsNeedingAttention(database, today, listLimit);
            if (!listed)
                return failure<ToAttend>(listed.error());
            return ToAttend{*counts, *listed};
        },
        [this, request, today](const Result<ToAttend>& read) {
            if (m_generation.isCurrent(request))
                showRead(read, today);
        });
}

void FollowUpsPanel::showRead(const Result<ToAttend>& read, const QDate& today)
{
    m_loading = false;
    // The selection is kept by id; a follow-up just done gives its place to the next one.
    const int currentRow = m_table->currentIndex().row();
    const qint64 currentId = m_table->currentInteraction();
    m_counts = read ? read->counts : InteractionQueries::FollowUpCounts{};
    m_model->setFollowUps(read ? read->listed : QList<InteractionRow>(), today, m_counts);
    m_table->selectFollowUp(currentId, currentRow);
    if (!read)
        m_summary->setText(tr("The follow-ups could not be read: %1").arg(read.error()));
    else
        showSummary();
    m_markDone->setEnabled(m_model->followUpCount() > 0);
    if (count() != m_lastCount) {
        m_lastCount = count();
        emit countChanged(m_lastCount);
    }
    emit refreshed();
}

void FollowUpsPanel::showSummary()
{
    if (count() == 0)
        return m_summary->setText(tr("No follow-ups due today. All caught up."));
    const QLocale locale;
    QString text = tr("To attend: %1 — overdue %2, today %3, no date %4")
                       .arg(locale.toString(count()), locale.toString(m_counts.overdue),
                            locale.toString(m_counts.dueToday), locale.toString(m_counts.undated));
    if (m_model->followUpCount() < count())
        text += tr(" (the first %1 shown)").arg(locale.toString(m_model->followUpCount()));
    m_summary->setText(text);
}

bool FollowUpsPanel::markSelectedDone()
{
    const qint64 id = m_table->currentInteraction();
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
