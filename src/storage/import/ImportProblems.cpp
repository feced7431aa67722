#include "ImportProblems.h"

#include "ImportText.h"

namespace huellas {

ImportProblems& ImportProblems::operator<<(const QString& message)
{
    if (m_count++ < kept)
        m_messages << message;
    return *this;
}

QStringList ImportProblems::messages() const
{
    if (m_count <= kept)
        return m_messages;
    return m_messages + QStringList{ImportText::tr("… and %1 more problems").arg(m_count - kept)};
}

} // namespace huellas
