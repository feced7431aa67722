#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace huellas {

// The bytes of an import file as UTF-8. DOMAIN.md: UTF-8 with or without a BOM; anything that
// is not valid UTF-8 is what Excel's plain "CSV" writes on a Spanish Windows, i.e. Windows-1252.
namespace TextEncoding {

struct Utf8Text
{
    QByteArray utf8;              // without a BOM
    bool fromWindows1252 = false; // the file was not UTF-8 and was converted
};

Utf8Text toUtf8(QByteArray raw);
bool isValidUtf8(const QByteArray& bytes);
// QStringDecoder cannot decode Windows-1252 on every build (it needs ICU), so the table is ours.
QString fromWindows1252(QByteArrayView bytes);

} // namespace TextEncoding
} // namespace huellas
