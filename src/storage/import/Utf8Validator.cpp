#include "Utf8Validator.h"

namespace huellas {

void Utf8Validator::add(QByteArrayView bytes)
{
    if (m_invalid || bytes.isEmpty())
        return;
    const qsizetype needed = m_decoder.requiredSpace(bytes.size());
    if (m_scratch.size() < needed)
        m_scratch.resize(needed);
    m_decoder.appendToBuffer(m_scratch.data(), bytes);
    m_invalid = m_decoder.hasError();
}

} // namespace huellas
