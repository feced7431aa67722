#pragma once

#include "core/rules/RuleTree.h"
#include "storage/segments/SegmentFormData.h"

#include <QAtomicInt>
#include <QObject>
#include <QString>

#include <memory>

namespace huellas {

class Database;

// Lives on the loader's thread with its own connection to the database file (opened on first
// use, closed when the thread ends); requests overtaken by a newer one are skipped.
class SegmentPreviewWorker final : public QObject
{
    Q_OBJECT

public:
    SegmentPreviewWorker(QString databasePath, const QAtomicInt& latestGeneration);
    ~SegmentPreviewWorker() override;

    void load(int generation, const huellas::RuleTree& rules);

signals:
    void loaded(int generation, const huellas::SegmentPreview& preview);
    void failed(int generation, const QString& message);

private:
    const QString m_databasePath;
    const QAtomicInt& m_latest;
    std::unique_ptr<Database> m_database;
};

} // namespace huellas
