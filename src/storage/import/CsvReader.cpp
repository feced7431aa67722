#include "CsvReader.h"

#include <csv.h>

namespace huellas {
namespace {

// libcsv trims spaces and tabs around unquoted cells by default; a cell is kept as written.
int noSpaces(unsigned char)
{
    return 0;
}

bool isBlankLine(const char* line, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i)
        if (line[i] != '\r' && line[i] != '\n')
            return false;
    return true;
}

} // namespace

CsvReader::CsvReader(QByteArray utf8, char delimiter)
    : m_text(std::move(utf8)), m_delimiter(delimiter), m_parser(std::make_unique<csv_parser>())
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
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char c : utf8) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

std::optional<CsvRecord> CsvReader::next()
{
    while (m_ready.isEmpty() && !m_finished)
        feedNextLine();
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}

// Feeding one physical line at a time is what lets every record carry its start line:
// libcsv's callbacks know nothing about positions.
void CsvReader::feedNextLine()
{
    if (m_position >= m_text.size()) {
        finish();
        return;
    }
    const qsizetype newline = m_text.indexOf('\n', m_position);
    const qsizetype end = newline < 0 ? m_text.size() : newline + 1;
    const char* line = m_text.constData() + m_position;
    const auto length = static_cast<size_t>(end - m_position);
    m_position = end;
    ++m_lineNumber;
    if (!m_recordOpen && !isBlankLine(line, qsizetype(length))) {
        m_recordOpen = true;
        m_recordStart = m_lineNumber;
    }
    if (csv_parse(m_parser.get(), line, length, onCell, onRecordEnd, this) != length) {
        reportBrokenRecord();
        csv_free(m_parser.get());
        startParser();
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
