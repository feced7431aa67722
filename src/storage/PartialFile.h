#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace huellas {

// A file under construction next to its target: created empty and exclusively (two writers
// never share it), removed — with any companion files such as SQLite's "-wal" — unless it was
// moved over the target. What readers of the target see is the old file or the whole new one.
class PartialFile final
{
    Q_DISABLE_COPY_MOVE(PartialFile)

public:
    explicit PartialFile(QStringList companionSuffixes = {}) : m_companions(std::move(companionSuffixes)) {}
    ~PartialFile();

    // Fails with the system's reason (no such folder, permission denied…).
    Result<QString> reserveNextTo(const QString& target);
    // rename(2) replaces an existing target in one step.
    Status moveOver(const QString& target);

private:
    QStringList m_companions;
    QString m_path;
};

} // namespace huellas
