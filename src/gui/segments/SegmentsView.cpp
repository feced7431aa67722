#include "SegmentsView.h"

#include "SegmentBuilderDialog.h"
#include "SegmentExports.h"
#include "SegmentListModel.h"
#include "SegmentPreviewLoader.h"
#include "gui/common/MessageBox.h"
#include "storage/Database.h"
#include "storage/segments/SegmentFormData.h"
#include "storage/segments/SegmentRepository.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace huellas {

SegmentsView::SegmentsView(Database& database, QWidget* parent)
    : QWidget(parent), m_database(database),
      m_preview(new SegmentPreviewLoader(database.spec(), this)),
      m_model(new SegmentListModel(this)), m_table(new QTableView(this)), m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("segmentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentListModel::Name, QHeaderView::Stretch);
    // Enter or a double-click (a single click where the platform activates so).
    connect(m_table, &QTableView::activated, this, &SegmentsView::editCurrent);
    m_status->setObjectName(QStringLiteral("segmentsStatusLabel"));

    auto* layout = new QVBoxLayout(this);
    createToolBar();
    layout->addWidget(findChild<QToolBar*>(QStringLiteral("segmentsToolBar")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SegmentsView::updateActions);
    reload();
}

SegmentsView::~SegmentsView() = default;

QAction* SegmentsView::makeAction(const QString& text, const char* objectName,
                                  const QKeySequence& key, void (SegmentsView::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    if (!key.isEmpty()) {
        action->setShortcut(key);
        // Only while the section is shown: the window's own shortcuts stay unambiguous.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                         key.toString(QKeySequence::NativeText)));
    }
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action); // its shortcut works anywhere in the section
    return action;
}

void SegmentsView::createToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("segmentsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(makeAction(tr("+ &New segment"), "actionNewSegment", Qt::Key_Insert,
                              &SegmentsView::newSegment));
    QAction* edit = makeAction(tr("&Open"), "actionEditSegment", {}, &SegmentsView::editCurrent);
    edit->setToolTip(tr("Open the segment in the builder (Enter or double-click)"));
    bar->addAction(edit);
    QAction* duplicate =
        makeAction(tr("&Duplicate"), "actionDuplicateSegment", QKeySequence(Qt::CTRL | Qt::Key_D),
                   &SegmentsView::duplicateCurrent);
    QAction* remove = makeAction(tr("De&lete"), "actionDeleteSegment", QKeySequence::Delete,
                                 &SegmentsView::deleteCurrent);
    bar->addAction(duplicate);
    bar->addAction(remove);
    bar->addSeparator();
    bar->addAction(makeAction(tr("&Update counts"), "actionUpdateSegmentCounts",
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                              &SegmentsView::updateAllCounts));
    bar->addSeparator();
    QAction* members = makeAction(tr("&Show owners"), "actionShowSegmentMembers", {},
                                  &SegmentsView::showCurrentMembers);
    QAction* exportMembers = makeAction(tr("&Export members…"), "actionExportSegmentMembers", {},
                                        &SegmentsView::exportCurrentMembers);
    bar->addAction(members);
    bar->addAction(exportMembers);

    auto* campaign = new QMenu(this);
    campaign->setObjectName(QStringLiteral("campaignMenu"));
    const std::pair<CampaignChannel, const char*> channels[] = {
        {CampaignChannel::WhatsApp, "actionCampaignWhatsapp"},
        {CampaignChannel::Sms, "actionCampaignSms"},
        {CampaignChannel::Email, "actionCampaignEmail"}};
    for (const auto& [channel, name] : channels) {
        QAction* action =
            campaign->addAction(SegmentExports::channelLabel(channel) + QStringLiteral("…"));
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, [this, c = channel] { exportCampaign(c); });
    }
    auto* campaignButton = new QToolButton(bar);
    campaignButton->setObjectName(QStringLiteral("campaignButton"));
    campaignButton->setText(tr("&Campaign list"));
    campaignButton->setToolTip(tr("Contacts of the members who accept WhatsApp, SMS or email"));
    campaignButton->setMenu(campaign);
    campaignButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(campaignButton);

    m_needsSelection = {edit, duplicate, remove, members, exportMembers};
}

void SegmentsView::reload()
{
    const std::optional<Segment> current = currentSegment();
    auto segments = SegmentRepository(m_database).list();
    if (!segments) {
        showStatus(segments.error());
        return;
    }
    m_model->setSegments(*segments);
    if (current)
        selectSegment(current->id);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, SegmentListModel::Name));
    showStatus(tr("Segments: %1").arg(m_model->rowCount()));
    updateActions();
}

std::optional<Segment> SegmentsView::currentSegment() const
{
    const Segment* segment = m_model->segmentAt(m_table->currentIndex());
    return segment ? std::optional<Segment>(*segment) : std::nullopt;
}

void SegmentsView::selectSegment(qint64 segmentId)
{
    if (const QModelIndex index = m_model->indexOf(segmentId); index.isValid())
        m_table->setCurrentIndex(index);
}

void SegmentsView::updateActions()
{
    const bool selected = currentSegment().has_value();
    for (QAction* action : std::as_const(m_needsSelection))
        action->setEnabled(selected);
    if (auto* button = findChild<QToolButton*>(QStringLiteral("campaignButton")))
        button->setEnabled(selected);
}

void SegmentsView::showStatus(const QString& text)
{
    m_status->setText(text);
}

void SegmentsView::newSegment()
{
    openBuilder(Segment{});
}

void SegmentsView::editCurrent()
{
    if (const auto segment = currentSegment())
        openBuilder(*segment);
}

void SegmentsView::openBuilder(const Segment& segment)
{
    if (m_builder)
        return m_builder->raise();
    auto choices = SegmentFormData::choices(m_database);
    if (!choices)
        return MessageBox::critical(this, tr("Segment"), choices.error());
    m_builder = new SegmentBuilderDialog(*choices, m_preview, this);
    m_builder->setAttribute(Qt::WA_DeleteOnClose);
    m_builder->setSegment(segment);
    connect(m_builder, &SegmentBuilderDialog::saveRequested, this, &SegmentsView::saveFromBuilder);
    m_builder->open();
}

void SegmentsView::saveFromBuilder()
{
    Segment segment = m_builder->segment();
    if (auto saved = SegmentRepository(m_database).save(segment); !saved)
        return MessageBox::critical(m_builder, tr("Segment not saved"), saved.error());
    m_builder->accept();
    reload();
    selectSegment(segment.id);
    showStatus(
        tr("Saved \"%1\": %2 members").arg(segment.name, QLocale().toString(segment.memberCount)));
    emit segmentsChanged();
}

void SegmentsView::duplicateCurrent()
{
    const auto segment = currentSegment();
    if (!segment)
        return;
    auto copy = SegmentRepository(m_database).duplicate(segment->id);
    if (!copy)
        return MessageBox::critical(this, tr("Duplicate segment"), copy.error());
    reload();
    selectSegment(copy->id);
    emit segmentsChanged();
}

void SegmentsView::deleteCurrent()
{
    const auto segment = currentSegment();
    if (!segment)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete segment"),
        tr("Delete the segment \"%1\"? Its owners are not affected.").arg(segment->name));
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = SegmentRepository(m_database).remove(segment->id); !removed)
        return MessageBox::critical(this, tr("Delete segment"), removed.error());
    reload();
    emit segmentsChanged();
}

void SegmentsView::updateAllCounts()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto recounted = SegmentRepository(m_database).updateAllCounts();
    QApplication::restoreOverrideCursor();
    if (!recounted)
        return MessageBox::critical(this, tr("Update counts"), recounted.error());
    reload();
    showStatus(tr("Counts updated: %1 segments").arg(*recounted));
    emit segmentsChanged();
}

void SegmentsView::showCurrentMembers()
{
    const auto segment = currentSegment();
    if (!segment)
        return;
    auto filter = SegmentRepository(m_database).filterFor(*segment);
    if (!filter)
        return MessageBox::critical(this, tr("Show owners"), filter.error());
    emit showMembers(*filter, tr("segment \"%1\"").arg(segment->name));
}

void SegmentsView::exportCurrentMembers()
{
    if (const auto segment = currentSegment())
        SegmentExports::exportMembers(this, m_database, *segment);
}

void SegmentsView::exportCampaign(CampaignChannel channel)
{
    if (const auto segment = currentSegment())
        SegmentExports::exportCampaign(this, m_database, *segment, channel);
}

} // namespace huellas
