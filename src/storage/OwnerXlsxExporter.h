#pragma once

#include "OwnerFilter.h"
#include "core/Result.h"

#include <QString>

namespace huellas {

class Database;

// The owners export (OwnerCsvExporter's columns, rows and filter) as an Excel workbook whose
// cells are typed, so a spreadsheet sums, sorts and filters them without conversion: money in
// pesos as numbers, dates as Excel dates, opt-ins as TRUE/FALSE, counts as numbers, the rest
// as text (never formulas). created_at is shown in the clinic's local time, because an Excel
// date-time has no zone. One sheet, "Clientes", with a frozen, filterable header row.
class OwnerXlsxExporter final
{
public:
    explicit OwnerXlsxExporter(Database& database) : m_database(database) {}

    // All or nothing: the workbook is written next to `path` under a temporary name and renamed
    // over it only when complete. Returns the number of owners written.
    Result<int> exportToFile(const QString& path, const OwnerFilter& filter = {});

private:
    Result<int> writeWorkbook(const QString& file, const OwnerFilter& filter);

    Database& m_database;
};

} // namespace huellas
