#include "DelimiterDetector.h"

namespace huellas {

bool DelimiterDetector::add(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size() && !m_done; ++i) {
        const char c = bytes[i];
        if (c == '"')
            m_quoted = !m_quoted;
        else if (m_quoted)
            continue;
        else if (c == '\n')
            m_done = true;
        else if (c == ',')
            ++m_commas;
        else if (c == ';')
            ++m_semicolons;
    }
    return !m_done;
}

} // namespace huellas
