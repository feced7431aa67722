#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace huellas {

// Whether a file is valid UTF-8, fed chunk by chunk. The decoder keeps a multi-byte sequence
// that a chunk boundary cuts in two in its state, so the answer is the one
// TextEncoding::isValidUtf8 gives for the whole file at once — without holding the file.
class Utf8Validator final
{
    Q_DISABLE_COPY_MOVE(Utf8Validator)

public:
    Utf8Validator() = default;

    void add(QByteArrayView bytes);
    bool valid() const { return !m_invalid; }

private:
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_scratch; // reused: decoding a chunk allocates nothing once it is large enough
    bool m_invalid = false;
};

} // namespace huellas
