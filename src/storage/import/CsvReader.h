#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

struct csv_parser;

namespace huellas {

class TextChunkReader;

// One CSV record and the physical line it starts on (a quoted cell with line breaks spans
// several lines; messages point at the first).
struct CsvRecord
{
    int line = 0;
    QStringList cells;
    bool quotingBroken = false; // libcsv refused it; `cells` is empty
};

// RFC 4180 records from UTF-8 text through libcsv, one at a time. Cells are kept verbatim:
// no trimming, quotes removed, embedded delimiters, quotes and line breaks preserved.
// After a record with broken quoting, reading resumes on the next line so that later
// problems are reported too.
//
// The text comes whole (tests, the fuzzer) or streamed from a TextChunkReader: then memory is
// one chunk plus the record being read, whatever the size of the file.
class CsvReader final
{
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    CsvReader(QByteArray utf8, char delimiter);
    CsvReader(TextChunkReader& source, char delimiter);
    ~CsvReader();

    std::optional<CsvRecord> next();

    // ';' when the first line has more semicolons than commas outside quotes, else ','.
    static char detectDelimiter(const QByteArray& utf8);

private:
    static void onCell(void* data, size_t length, void* reader);
    static void onRecordEnd(int terminator, void* reader);
    void feedNextPiece();
    void finish();
    void reportBrokenRecord();
    void startParser();

    TextChunkReader* m_source = nullptr; // none: m_chunk is the whole text
    QByteArray m_chunk;
    char m_delimiter;
    std::unique_ptr<csv_parser> m_parser;
    qsizetype m_position = 0;     // in m_chunk
    int m_lineNumber = 0;         // the physical line being fed
    int m_recordStart = 0;        // the line the open record started on
    bool m_lineContinues = false; // the physical line goes on in the next chunk
    bool m_skippingLine = false;  // the rest of a line with broken quoting is not parsed
    bool m_recordOpen = false;
    bool m_finished = false;
    QStringList m_cells;
    QList<CsvRecord> m_ready;
};

} // namespace huellas
