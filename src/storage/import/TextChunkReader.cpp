#include "TextChunkReader.h"

#include "TextEncoding.h"

#include <QIODevice>

namespace huellas {
namespace {

constexpr char utf8Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype bomSize = 3;

} // namespace

TextChunkReader::TextChunkReader(QIODevice& device, Encoding encoding)
    : m_device(device), m_encoding(encoding)
{
}

// A pipe or a slow disk may hand over less than asked; a chunk is filled unless the file ends,
// so that the BOM check at the start always sees the first three bytes.
qint64 TextChunkReader::fill()
{
    m_raw.resize(chunkBytes);
    qint64 filled = 0;
    while (filled < chunkBytes) {
        const qint64 n = m_device.read(m_raw.data() + filled, chunkBytes - filled);
        if (n < 0) {
            m_failed = true;
            return -1;
        }
        if (n == 0 && !m_device.waitForReadyRead(-1))
            break;
        filled += n;
    }
    m_bytesRead += filled;
    return filled;
}

QByteArray TextChunkReader::next()
{
    if (m_failed)
        return {};
    for (;;) {
        const qint64 filled = fill();
        if (filled <= 0)
            return {};
        QByteArrayView bytes(m_raw.constData(), filled);
        if (m_atStart) {
            m_atStart = false;
            if (bytes.startsWith(QByteArrayView(utf8Bom, bomSize)))
                bytes = bytes.sliced(bomSize);
        }
        if (bytes.isEmpty())
            continue; // the file held only a BOM so far
        if (m_encoding == Encoding::Windows1252)
            return TextEncoding::fromWindows1252(bytes).toUtf8();
        return bytes.toByteArray();
    }
}

QString TextChunkReader::errorString() const
{
    return m_device.errorString();
}

} // namespace huellas
