#include "ScratchFilesystem.h"

#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace huellas::test {

int run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

ScratchFilesystem::ScratchFilesystem(qint64 bytes)
{
    if (geteuid() != 0 || !m_dir.isValid())
        return;
    m_mounted = run(QStringLiteral("/usr/bin/mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"), m_dir.path()}) == 0;
}

ScratchFilesystem::~ScratchFilesystem()
{
    if (m_mounted)
        run(QStringLiteral("/usr/bin/umount"), {QStringLiteral("-l"), m_dir.path()});
}

bool ScratchFilesystem::makeReadOnly()
{
    return m_mounted && run(QStringLiteral("/usr/bin/mount"),
                            {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) == 0;
}

ReadOnlyPlace::ReadOnlyPlace() : m_disk(8 * 1024 * 1024) {}

ReadOnlyPlace::~ReadOnlyPlace()
{
    if (m_chmodded)
        QFile::setPermissions(m_fallback.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString ReadOnlyPlace::filePath(const QString& name) const
{
    return m_disk.mounted() ? m_disk.filePath(name) : m_fallback.filePath(name);
}

bool ReadOnlyPlace::makeReadOnly(const QString& file)
{
    if (m_disk.mounted())
        return m_disk.makeReadOnly();
    if (!file.isEmpty() && !QFile::setPermissions(file, QFile::ReadOwner))
        return false;
    m_chmodded = QFile::setPermissions(m_fallback.path(), QFile::ReadOwner | QFile::ExeOwner);
    return m_chmodded;
}

} // namespace huellas::test
