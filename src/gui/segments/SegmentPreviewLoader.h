#pragma once

#include "core/rules/RuleTree.h"
#include "gui/common/DatabaseWorker.h"
#include "gui/common/RequestGeneration.h"
#include "storage/segments/SegmentFormData.h"

#include <QObject>

namespace huellas {

// Counts a segment's members and reads the first few off the UI thread, so the builder stays
// responsive over 100,000 owners. Only the newest request is answered: a generation counter
// drops results that newer rules have made stale.
class SegmentPreviewLoader final : public QObject
{
    Q_OBJECT

public:
    explicit SegmentPreviewLoader(const ConnectionSpec& connection, QObject* parent = nullptr);
    ~SegmentPreviewLoader() override;

    void request(const RuleTree& rules);
    // Makes any pending answer stale (the rules became invalid, the builder closed).
    void cancel();

signals:
    void loaded(const huellas::SegmentPreview& preview);
    void failed(const QString& message);

private:
    RequestGeneration m_generation;
    DatabaseWorker m_worker; // last: it goes first, waiting for its thread
};

} // namespace huellas
