#include "CsvReader.h"

#include "DelimiterDetector.h"
#include "TextChunkReader.h"

#include <csv.h>

namespace huellas {
namespace {

// libcsv trims spaces and tabs around unquoted cells by default; a cell is kept as written.
int noSpaces(unsigned char)
{
    return 0;
}

bool isBlank(const char* piece, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i)
        if (piece[i] != '\r' && piece[i] != '\n')
            return false;
    return true;
}

} // namespace

CsvReader::CsvReader(QByteArray utf8, char delimiter)
    : m_chunk(std::move(utf8)), m_delimiter(delimiter), m_parser(std::make_unique<csv_parser>())
{
    startParser();
}

CsvReader::CsvReader(TextChunkReader& source, char delimiter)
    : m_source(&source), m_delimiter(delimiter), m_parser(std::make_unique<csv_parser>())
{
    startParser();
}

CsvReader::~CsvReader()
{
    csv_free(m_parser.get());
}

void CsvReader::startParser()
{
    csv_init(m_parser.get(), CSV_STRICT | CSV_APPEND_NULL | CSV_STRICT_FINI);
    csv_set_delim(m_parser.get(), static_cast<unsigned char>(m_delimiter));
    csv_set_space_func(m_parser.get(), noSpaces);
}

char CsvReader::detectDelimiter(const QByteArray& utf8)
{
    DelimiterDetector detector;
    detector.add(utf8);
    return detector.delimiter();
}

std::optional<CsvRecord> CsvReader::next()
{
    while (m_ready.isEmpty() && !m_finished)
        feedNextPiece();
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}

// Feeding one physical line at a time is what lets every record carry its start line:
// libcsv's callbacks know nothing about positions. A line that runs past the end of a chunk
// is fed in pieces (libcsv parses a stream), so a file without any LF — old Mac line ends —
// still costs one chunk of memory, not the whole file as one line.
void CsvReader::feedNextPiece()
{
    if (m_position >= m_chunk.size()) {
        m_chunk = m_source ? m_source->next() : QByteArray();
        m_position = 0;
        if (m_chunk.isEmpty()) {
            finish();
            return;
        }
    }
    const qsizetype newline = m_chunk.indexOf('\n', m_position);
    const qsizetype end = newline < 0 ? m_chunk.size() : newline + 1;
    const char* piece = m_chunk.constData() + m_position;
    const auto length = static_cast<size_t>(end - m_position);
    m_position = end;
    if (!m_lineContinues)
        ++m_lineNumber;
    m_lineContinues = newline < 0;
    if (m_skippingLine) {
        m_skippingLine = m_lineContinues;
        return;
    }
    if (!m_recordOpen && !isBlank(piece, qsizetype(length))) {
        m_recordOpen = true;
        m_recordStart = m_lineNumber;
    }
    if (csv_parse(m_parser.get(), piece, length, onCell, onRecordEnd, this) != length) {
        reportBrokenRecord();
        csv_free(m_parser.get());
        startParser();
        m_skippingLine = m_lineContinues; // as when the whole line was fed at once
    }
}

void CsvReader::finish()
{
    m_finished = true;
    if (csv_fini(m_parser.get(), onCell, onRecordEnd, this) != 0)
        reportBrokenRecord();
}

void CsvReader::reportBrokenRecord()
{
    CsvRecord broken;
    broken.line = m_recordOpen ? m_recordStart : m_lineNumber;
    broken.quotingBroken = true;
    m_ready.append(broken);
    m_cells.clear();
    m_recordOpen = false;
}

void CsvReader::onCell(void* data, size_t length, void* reader)
{
    auto* self = static_cast<CsvReader*>(reader);
    if (!self->m_recordOpen) { // a record after a lone CR on the same line
        self->m_recordOpen = true;
        self->m_recordStart = self->m_lineNumber;
    }
    self->m_cells.append(QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)));
}

void CsvReader::onRecordEnd(int, void* reader)
{
    auto* self = static_cast<CsvReader*>(reader);
    self->m_ready.append(CsvRecord{self->m_recordStart, std::move(self->m_cells), false});
    self->m_cells = QStringList();
    self->m_recordOpen = false;
}

} // namespace huellas
