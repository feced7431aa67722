#include "TextEncoding.h"

#include <QStringDecoder>

#include <array>

namespace huellas::TextEncoding {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five codes it leaves undefined map
// to the C1 control of the same value, as Windows itself does.
constexpr std::array<char16_t, 32> windows1252HighControls{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

const QByteArray utf8Bom("\xEF\xBB\xBF");

} // namespace

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes); // decode() is lazy until converted
    return !decoder.hasError();
}

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte <= 0x9F) ? QChar(windows1252HighControls[byte - 0x80])
                                                : QChar(byte);
    }
    return text;
}

Utf8Text toUtf8(QByteArray raw)
{
    if (raw.startsWith(utf8Bom))
        raw.remove(0, utf8Bom.size());
    if (isValidUtf8(raw))
        return {std::move(raw), false};
    return {fromWindows1252(raw).toUtf8(), true};
}

} // namespace huellas::TextEncoding
