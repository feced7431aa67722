#pragma once

#include "core/rules/Segment.h"
#include "storage/OwnerFilter.h"
#include "storage/segments/CampaignExporter.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace huellas {

class Database;
class SegmentBuilderDialog;
class SegmentListModel;
class SegmentPreviewLoader;

// The Segmentos section: the saved segments with their cached member counts, and what the
// manager does with them — build (the builder dialog), duplicate, delete, recount, see the
// members in the owners list, export them, or export a campaign contact list per channel.
class SegmentsView final : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsView(Database& database, QWidget* parent = nullptr);
    ~SegmentsView() override;

    SegmentListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    std::optional<Segment> currentSegment() const;
    void selectSegment(qint64 segmentId);
    // The builder while it is open (null otherwise), for the window's tests.
    SegmentBuilderDialog* builder() const { return m_builder; }

public slots:
    void reload();
    void newSegment();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void updateAllCounts();
    void showCurrentMembers();
    void exportCurrentMembers();
    void exportCampaign(huellas::CampaignChannel channel);

signals:
    // The main window shows the owners list restricted to `filter`, labelled `label`.
    void showMembers(const huellas::OwnerFilter& filter, const QString& label);
    // A segment was saved, duplicated, deleted or recounted.
    void segmentsChanged();

private:
    QAction* makeAction(const QString& text, const char* objectName, const QKeySequence& key,
                        void (SegmentsView::*slot)());
    void createToolBar();
    void openBuilder(const Segment& segment);
    void saveFromBuilder();
    void updateActions();
    void showStatus(const QString& text);

    Database& m_database;
    SegmentPreviewLoader* m_preview;
    SegmentListModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QList<QAction*> m_needsSelection;
    QPointer<SegmentBuilderDialog> m_builder;
};

} // namespace huellas
