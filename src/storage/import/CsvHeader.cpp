#include "CsvHeader.h"

#include "ImportText.h"

namespace huellas {

CsvHeader::CsvHeader(const CsvRecord& record, ImportKind kind, const QString& fileName,
                     ImportProblems& errors)
{
    const QStringList known = ImportKinds::columns(kind);
    const QStringList ignored = ImportKinds::ignoredColumns(kind);
    const auto report = [&](const char* reason, const QString& column) {
        errors << ImportText::tr("%1:%2: header: %3 (%4)")
                      .arg(fileName)
                      .arg(record.line)
                      .arg(ImportText::tr(reason), column);
    };
    m_columnOfCell.fill(QString(), record.cells.size());
    for (int i = 0; i < record.cells.size(); ++i) {
        // Spreadsheets like to capitalise and pad headers; the names themselves are fixed.
        const QString column = record.cells.at(i).trimmed().toLower();
        if (ignored.contains(column))
            continue;
        if (column.isEmpty())
            report(QT_TRANSLATE_NOOP("CsvImport", "a column without a name"),
                   QString::number(i + 1));
        else if (!known.contains(column))
            report(QT_TRANSLATE_NOOP("CsvImport", "unknown column"), record.cells.at(i));
        else if (m_columnOfCell.contains(column))
            report(QT_TRANSLATE_NOOP("CsvImport", "repeated column"), column);
        else
            m_columnOfCell[i] = column;
    }
    for (const QString& column : ImportKinds::requiredColumns(kind)) {
        if (!m_columnOfCell.contains(column)) {
            report(QT_TRANSLATE_NOOP("CsvImport", "missing required column"), column);
            m_usable = false;
        }
    }
}

} // namespace huellas
