#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace huellas {

// An import file as UTF-8 in bounded chunks, so that a file of gigabytes costs one chunk of
// memory: the BOM dropped, and Windows-1252 converted when the file is not UTF-8 (byte by
// byte, so a chunk boundary never splits a character). In UTF-8 mode bytes pass unchanged,
// valid or not: deciding the encoding is Utf8Validator's job, in a pass of its own.
class TextChunkReader final
{
    Q_DISABLE_COPY_MOVE(TextChunkReader)

public:
    enum class Encoding
    {
        Utf8,
        Windows1252
    };

    static constexpr qint64 chunkBytes = 1 << 20;

    TextChunkReader(QIODevice& device, Encoding encoding);

    // The next chunk; empty at the end of the file or when reading failed (see failed()).
    QByteArray next();
    // Bytes taken from the device so far, BOM included: the file size once next() is empty.
    qint64 bytesRead() const { return m_bytesRead; }
    bool failed() const { return m_failed; }
    QString errorString() const;

private:
    qint64 fill();

    QIODevice& m_device;
    Encoding m_encoding;
    QByteArray m_raw; // reused for every chunk
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    bool m_failed = false;
};

} // namespace huellas
