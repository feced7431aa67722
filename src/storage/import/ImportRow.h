#pragma once

#include "CsvHeader.h"
#include "CsvReader.h"
#include "ExternalIdIndex.h"
#include "ImportProblems.h"
#include "core/Choices.h"

#include <QDate>
#include <QDateTime>

namespace huellas {

// One data row of an import file, read cell by cell into typed values. A bad cell is
// reported as "FILE:LINE: column: reason (value)" and the column's default is returned, so
// that every problem of the row is found in one pass; the row is then not written.
class ImportRow final
{
public:
    enum class Need
    {
        Optional,
        Required
    };

    ImportRow(const QString& fileName, const CsvHeader& header, const CsvRecord& record,
              QChar tagSeparator, ImportProblems& errors);

    const QString& fileName() const { return m_fileName; }
    int line() const { return m_record.line; }
    // No error in this row and nothing it references was rejected.
    bool writable() const { return m_problems == 0 && !m_skipped; }
    // Reports every read cell holding a control character other than tab, CR and LF (a NUL
    // from a damaged export would be stored, shown cut short and match nothing); true when
    // there was none.
    bool refuseControlCharacters();

    bool isEmpty(const char* column) const { return text(column).trimmed().isEmpty(); }
    // The cell as written, without the exporter's formula guard; empty when the column is absent.
    QString text(const char* column) const;
    QString textOr(const char* column, const QString& fallback) const;
    // Identifiers and usernames: surrounding spaces are never meaningful.
    QString key(const char* column, Need need = Need::Optional);
    QDate date(const char* column);
    // A date that cannot be after `today` (birth dates).
    QDate pastDate(const char* column, const QDate& today);
    QDateTime timestamp(const char* column, Need need);
    bool boolean(const char* column, bool fallback);
    qint64 amount(const char* column);
    // The canonical key of the choice (matched case-insensitively), or the fallback when empty.
    QString choice(const char* column, ChoiceList list, const QString& fallback);
    QStringList tags(const char* column);
    // The id of the row the cell names in `index` (0 when empty). With `ownerId` set, that row
    // must belong to the same owner.
    ExternalIdIndex::Entry reference(const char* column, ExternalIdIndex& index, Need need,
                                     qint64 ownerId = 0);

    void fail(const char* column, const QString& reason, const QString& value);
    // Validation's "field: problem" sentences, a safety net for rules added there later: only
    // for a row with no problem so far (the cell readers already report what Validation
    // knows today, in the FILE:LINE: column: reason (value) form).
    void check(const QStringList& problems);

    // "FILE:LINE: column: reason (value)", or without " (value)" when the value is empty.
    static QString message(const QString& fileName, int line, const QString& column,
                           const QString& reason, const QString& value);

private:
    QString m_fileName;
    const CsvHeader& m_header;
    const CsvRecord& m_record;
    QChar m_tagSeparator;
    ImportProblems& m_errors;
    int m_problems = 0;
    bool m_skipped = false;
};

} // namespace huellas
