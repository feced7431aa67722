#include "OwnerXlsxExporter.h"

#include "OwnerExportQuery.h"
#include "PartialFile.h"

#include "Database.h"
#include "OwnerCsvExporter.h"
#include "Sql.h"
#include "core/LocalTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace huellas {
namespace {

enum class CellKind
{
    Text,
    Money,
    Date,
    Timestamp,
    WholeNumber,
    Boolean
};

CellKind kindOf(const QString& column)
{
    static const QHash<QString, CellKind> kinds{
        {QStringLiteral("lifetime_value"), CellKind::Money},
        {QStringLiteral("average_order_value"), CellKind::Money},
        {QStringLiteral("birth_date"), CellKind::Date},
        {QStringLiteral("first_visit_date"), CellKind::Date},
        {QStringLiteral("last_visit_date"), CellKind::Date},
        {QStringLiteral("last_engagement_date"), CellKind::Date},
        {QStringLiteral("created_at"), CellKind::Timestamp},
        {QStringLiteral("total_visits"), CellKind::WholeNumber},
        {QStringLiteral("days_since_last_visit"), CellKind::WholeNumber},
        {QStringLiteral("engagement_score"), CellKind::WholeNumber},
        {QStringLiteral("referrals_made"), CellKind::WholeNumber},
        {QStringLiteral("email_opt_in"), CellKind::Boolean},
        {QStringLiteral("sms_opt_in"), CellKind::Boolean},
        {QStringLiteral("whatsapp_opt_in"), CellKind::Boolean},
    };
    return kinds.value(column, CellKind::Text);
}

double widthOf(const QString& column, CellKind kind)
{
    static const QStringList longText{
        QStringLiteral("email"),          QStringLiteral("street_address"),
        QStringLiteral("location_notes"), QStringLiteral("tags"),
        QStringLiteral("notes"),          QStringLiteral("internal_notes")};
    double typical = 16;
    switch (kind) {
    case CellKind::Money:
        typical = 14;
        break;
    case CellKind::Date:
        typical = 12;
        break;
    case CellKind::Timestamp:
        typical = 17;
        break;
    case CellKind::WholeNumber:
    case CellKind::Boolean:
        typical = 8;
        break;
    case CellKind::Text:
        typical = longText.contains(column) ? 32 : 16;
        break;
    }
    // Wide enough for the header and the autofilter button beside it.
    return std::max(typical, double(column.size()) + 3);
}

struct Formats
{
    lxw_format* header;
    lxw_format* money;
    lxw_format* date;
    lxw_format* timestamp;
};

Formats addFormats(lxw_workbook* workbook)
{
    Formats f{workbook_add_format(workbook), workbook_add_format(workbook),
              workbook_add_format(workbook), workbook_add_format(workbook)};
    format_set_bold(f.header);
    format_set_num_format(f.money, "\"$\"#,##0.00");
    format_set_num_format(f.date, "dd/mm/yyyy");
    format_set_num_format(f.timestamp, "dd/mm/yyyy hh:mm");
    return f;
}

lxw_datetime excelDateTime(const QDate& date, const QTime& time)
{
    return {date.year(), date.month(),  date.day(),
            time.hour(), time.minute(), double(time.second())};
}

// Excel's calendar starts in 1900; an earlier or unreadable date stays text rather than vanish.
bool fitsExcelCalendar(const QDate& date)
{
    return date.isValid() && date.year() >= 1900;
}

// An empty value stays a blank cell, which Excel's filters list as "(Blanks)".
lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, CellKind kind,
                    const QVariant& value, const Formats& formats)
{
    const QString text = value.toString();
    if (value.isNull() || text.isEmpty())
        return LXW_NO_ERROR;
    switch (kind) {
    case CellKind::Money:
        return worksheet_write_number(sheet, row, col, double(value.toLongLong()) / 100.0,
                                      formats.money);
    case CellKind::WholeNumber:
        return worksheet_write_number(sheet, row, col, double(value.toLongLong()), nullptr);
    case CellKind::Boolean:
        return worksheet_write_boolean(sheet, row, col, value.toInt() != 0 ? 1 : 0, nullptr);
    case CellKind::Date:
        if (const QDate date = QDate::fromString(text, Qt::ISODate); fitsExcelCalendar(date)) {
            lxw_datetime cell = excelDateTime(date, QTime(0, 0));
            return worksheet_write_datetime(sheet, row, col, &cell, formats.date);
        }
        break;
    case CellKind::Timestamp:
        if (const QDateTime local = LocalTime::toLocal(LocalTime::fromStorage(text));
            local.isValid() && fitsExcelCalendar(local.date())) {
            lxw_datetime cell = excelDateTime(local.date(), local.time());
            return worksheet_write_datetime(sheet, row, col, &cell, formats.timestamp);
        }
        break;
    case CellKind::Text:
        break;
    }
    return worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
}

using WorkbookPtr = std::unique_ptr<lxw_workbook, decltype(&lxw_workbook_free)>;

} // namespace

Result<int> OwnerXlsxExporter::exportToFile(const QString& path, const OwnerFilter& filter)
{
    const auto cannotWrite = [&path](const QString& reason) {
        return failure<int>(
            QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, reason));
    };
    if (QFileInfo(path).isDir())
        return cannotWrite(QCoreApplication::translate("Export", "it is a folder"));
    PartialFile partial;
    auto partialPath = partial.reserveNextTo(path);
    if (!partialPath)
        return cannotWrite(partialPath.error());
    auto rows = writeWorkbook(*partialPath, filter);
    if (!rows)
        return cannotWrite(rows.error());
    if (auto moved = partial.moveOver(path); !moved)
        return cannotWrite(moved.error());
    return rows;
}

Result<int> OwnerXlsxExporter::writeWorkbook(const QString& file, const OwnerFilter& filter)
{
    auto query = OwnerExportQuery::run(m_database, filter);
    if (!query)
        return failure<int>(query.error());

    // Constant memory: each finished row goes to disk, so a large export stays small in RAM.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray fileName = QFile::encodeName(file);
    WorkbookPtr workbook(workbook_new_opt(fileName.constData(), &options), &lxw_workbook_free);
    lxw_worksheet* sheet = workbook ? workbook_add_worksheet(workbook.get(), "Clientes") : nullptr;
    if (!sheet)
        return failure<int>(
            QCoreApplication::translate("Export", "the workbook could not be created"));
    const Formats formats = addFormats(workbook.get());

    const QStringList columns =
        OwnerCsvExporter::importColumns() + OwnerCsvExporter::derivedColumns();
    const auto lastColumn = lxw_col_t(columns.size() - 1);
    QList<CellKind> kinds;
    // In constant-memory mode rows are final once passed: the layout comes first.
    for (lxw_col_t col = 0; col <= lastColumn; ++col) {
        const QString& column = columns.at(col);
        kinds << kindOf(column);
        worksheet_set_column(sheet, col, col, widthOf(column, kinds.last()), nullptr);
        worksheet_write_string(sheet, 0, col, column.toUtf8().constData(), formats.header);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    lxw_row_t row = 0;
    while (query->next()) {
        if (++row >= LXW_ROW_MAX)
            return failure<int>(
                QCoreApplication::translate("Export", "an Excel sheet holds at most %1 owners; "
                                                      "narrow the selection or export to CSV")
                    .arg(LXW_ROW_MAX - 1));
        for (lxw_col_t col = 0; col <= lastColumn; ++col) {
            const QString& column = columns.at(col);
            const QVariant value = OwnerExportQuery::value(*query, column);
            if (const lxw_error error = writeCell(sheet, row, col, kinds.at(col), value, formats))
                return failure<int>(QCoreApplication::translate("Export", "%1 of owner %2: %3")
                                        .arg(column,
                                             query->value(QStringLiteral("external_id")).toString(),
                                             QString::fromUtf8(lxw_strerror(error))));
        }
    }
    worksheet_autofilter(sheet, 0, 0, row, lastColumn);
    if (const lxw_error error = workbook_close(workbook.release()))
        return failure<int>(QString::fromUtf8(lxw_strerror(error)));
    return int(row);
}

} // namespace huellas
