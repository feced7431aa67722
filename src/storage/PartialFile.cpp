#include "PartialFile.h"

#include <QFile>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

namespace huellas {

PartialFile::~PartialFile()
{
    if (m_path.isEmpty())
        return;
    QFile::remove(m_path);
    for (const QString& suffix : m_companions)
        QFile::remove(m_path + suffix);
}

Result<QString> PartialFile::reserveNextTo(const QString& target)
{
    QString reason;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString candidate = QStringLiteral("%1.%2.part")
                                      .arg(target)
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_path = candidate;
            return m_path;
        }
        reason = file.errorString();
        if (!file.exists()) // not a name clash: another attempt would fail the same way
            break;
    }
    return failure<QString>(reason);
}

Status PartialFile::moveOver(const QString& target)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(m_path.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error)
        return failed(QString::fromStdString(error.message()));
    m_path.clear();
    return {};
}

} // namespace huellas
