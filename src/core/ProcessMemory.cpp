#include "ProcessMemory.h"

#include <QFile>

namespace huellas::ProcessMemory {
namespace {

std::optional<qint64> statusKiB(const QByteArray& field)
{
    // readAll(), not a loop on atEnd(): /proc files report a size of 0.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (!line.startsWith(field + ':'))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? std::optional<qint64>(kib) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> residentKiB() { return statusKiB("VmRSS"); }
std::optional<qint64> peakResidentKiB() { return statusKiB("VmHWM"); }

} // namespace huellas::ProcessMemory
