#pragma once

#include "CsvReader.h"
#include "ImportKind.h"
#include "ImportProblems.h"

#include <QStringList>

namespace huellas {

// The header record of one import file: which cell holds which column. Columns may come in
// any order and optional ones may be missing; unknown, repeated or missing required columns
// are reported as "FILE:LINE: header: reason (column)".
class CsvHeader final
{
public:
    CsvHeader(const CsvRecord& record, ImportKind kind, const QString& fileName,
              ImportProblems& errors);

    // False when a required column is missing: the rows cannot be read at all.
    bool usable() const { return m_usable; }
    // The cell of a column, -1 when the file does not have it. A plain scan: a header has a
    // few dozen cells, and it spares a string allocation per cell read.
    qsizetype indexOf(QLatin1String column) const { return m_columnOfCell.indexOf(column); }
    qsizetype cellCount() const { return m_columnOfCell.size(); }
    // The column a cell is read as; empty for a cell that is not read.
    QString columnAt(qsizetype cell) const { return m_columnOfCell.value(cell); }

private:
    QStringList m_columnOfCell; // empty for cells that are not read (unknown, ignored, repeated)
    bool m_usable = true;
};

} // namespace huellas
