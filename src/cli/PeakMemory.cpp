#include "PeakMemory.h"

#include <QFile>

namespace huellas::cli {

std::optional<qint64> peakResidentKiB()
{
    // readAll(), not a loop on atEnd(): /proc files report a size of 0.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (!line.startsWith("VmHWM:"))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? std::optional<qint64>(kib) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace huellas::cli
