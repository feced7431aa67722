#include "ScratchFilesystem.h"

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

} // namespace huellas::test
