#include "CsvImporter.h"

#include "AppointmentRowImporter.h"
#include "CsvHeader.h"
#include "CsvReader.h"
#include "ImportContext.h"
#include "ImportText.h"
#include "InteractionRowImporter.h"
#include "InvoiceRowImporter.h"
#include "OrderRowImporter.h"
#include "OwnerRowImporter.h"
#include "PetRowImporter.h"
#include "TextEncoding.h"
#include "storage/AuditLog.h"
#include "storage/MetricsRefresher.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <map>
#include <memory>

namespace huellas {
namespace {

std::unique_ptr<RowImporter> makeRowImporter(ImportKind kind, ImportContext& context)
{
    switch (kind) {
    case ImportKind::Owners:
        return std::make_unique<OwnerRowImporter>(context);
    case ImportKind::Pets:
        return std::make_unique<PetRowImporter>(context);
    case ImportKind::Appointments:
        return std::make_unique<AppointmentRowImporter>(context);
    case ImportKind::Orders:
        return std::make_unique<OrderRowImporter>(context);
    case ImportKind::Invoices:
        return std::make_unique<InvoiceRowImporter>(context);
    case ImportKind::Interactions:
        return std::make_unique<InteractionRowImporter>(context);
    }
    Q_UNREACHABLE();
}

// Spreadsheets leave rows of empty cells (";;;;") below the data.
bool isBlank(const CsvRecord& record)
{
    return std::all_of(record.cells.cbegin(), record.cells.cend(),
                       [](const QString& cell) { return cell.trimmed().isEmpty(); });
}

QString brokenQuoting(const QString& fileName, int line)
{
    return ImportText::tr("%1:%2: the quoting is broken").arg(fileName).arg(line);
}

// "files: owners.csv, pets.csv; owners +3 ~0, pets +2 ~1; staff created: ana" (+inserted
// ~updated), for the audit log, which is not translated.
QString auditDetails(const QStringList& fileNames, const ImportReport& report)
{
    QStringList counts;
    for (const ImportKind kind : ImportKinds::inDependencyOrder()) {
        const QString table = ImportKinds::word(kind);
        if (report.inserted.contains(table) || report.updated.contains(table))
            counts << QStringLiteral("%1 +%2 ~%3")
                          .arg(table)
                          .arg(report.inserted.value(table))
                          .arg(report.updated.value(table));
    }
    QString details =
        QStringLiteral("files: %1; %2")
            .arg(fileNames.join(QLatin1String(", ")), counts.join(QLatin1String(", ")));
    if (!report.createdStaff.isEmpty())
        details += QStringLiteral("; staff created: %1")
                       .arg(report.createdStaff.join(QLatin1String(", ")));
    return details;
}

} // namespace

CsvImporter::CsvImporter(Database& database) : m_database(database) {}

Result<ImportReport> CsvImporter::run(const QStringList& files, bool dryRun)
{
    ImportReport report;
    report.dryRun = dryRun;
    // Read (and decode) everything before taking the write lock.
    auto loaded = readFiles(files, report);
    if (!loaded)
        return failure<ImportReport>(loaded.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<ImportReport>(transaction.error());
    if (auto r = importAll(*loaded, report); !r)
        return failure<ImportReport>(r.error());
    if (!report.createdStaff.isEmpty())
        report.notices << ImportText::tr("Staff usernames created inactive, without a login: %1")
                              .arg(report.createdStaff.join(QLatin1String(", ")));
    if (!report.ok() || dryRun) {
        if (dryRun)
            report.notices << ImportText::tr("Dry run: nothing was written.");
        return report; // the transaction rolls back
    }
    if (auto r = commit(*loaded, report); !r)
        return failure<ImportReport>(r.error());
    if (auto r = transaction->commit(); !r)
        return failure<ImportReport>(r.error());
    return report;
}

Result<QList<CsvImporter::File>> CsvImporter::readFiles(const QStringList& files,
                                                        ImportReport& report) const
{
    QList<File> loaded;
    for (const QString& name : files) {
        const std::optional<ImportKind> kind = ImportKinds::fromFileName(name);
        if (!kind) {
            report.errors << ImportText::tr("%1: the file name must contain one of owners, pets, "
                                            "appointments, orders, invoices or interactions")
                                 .arg(name);
            continue;
        }
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return failure<QList<File>>(
                ImportText::tr("Cannot read %1: %2").arg(name, file.errorString()));
        TextEncoding::Utf8Text text = TextEncoding::toUtf8(file.readAll());
        if (text.fromWindows1252)
            report.notices << ImportText::tr("%1: not UTF-8, read as Windows-1252").arg(name);
        loaded.append(File{name, *kind, std::move(text.utf8)});
    }
    const QList<ImportKind> order = ImportKinds::inDependencyOrder();
    std::stable_sort(loaded.begin(), loaded.end(), [&order](const File& a, const File& b) {
        return order.indexOf(a.kind) < order.indexOf(b.kind);
    });
    return loaded;
}

Status CsvImporter::importAll(const QList<File>& files, ImportReport& report)
{
    QList<ImportKind> kinds;
    for (const File& file : files)
        kinds << file.kind;
    ImportContext context(m_database);
    if (auto r = context.load(kinds); !r)
        return r;
    std::map<ImportKind, std::unique_ptr<RowImporter>> importers;
    for (const File& file : files) {
        auto& importer = importers[file.kind];
        if (!importer)
            importer = makeRowImporter(file.kind, context);
        if (auto r = importFile(file, *importer, report); !r)
            return r;
    }
    for (auto& [kind, importer] : importers)
        if (auto r = importer->finish(report.errors); !r)
            return r;
    report.createdStaff = context.staff.createdUsernames();
    return {};
}

Status CsvImporter::importFile(const File& file, RowImporter& importer, ImportReport& report)
{
    const char delimiter = CsvReader::detectDelimiter(file.utf8);
    CsvReader reader(file.utf8, delimiter);
    std::optional<CsvRecord> headerRecord = reader.next();
    if (!headerRecord) {
        report.errors
            << ImportText::tr("%1: the file is empty, without even a header line").arg(file.name);
        return {};
    }
    if (headerRecord->quotingBroken) {
        report.errors << brokenQuoting(file.name, headerRecord->line);
        return {};
    }
    const CsvHeader header(*headerRecord, file.kind, file.name, report.errors);
    if (!header.usable())
        return {};
    // A tag list is one cell; inside a ';'-delimited file its separator is '|'.
    const QChar tagSeparator = QLatin1Char(delimiter == ';' ? '|' : ';');
    const QString table = ImportKinds::word(file.kind);
    QHash<QString, int> firstLineOf;
    while (std::optional<CsvRecord> record = reader.next()) {
        if (record->quotingBroken) {
            report.errors << brokenQuoting(file.name, record->line);
            continue;
        }
        if (isBlank(*record))
            continue;
        ImportRow row(file.name, header, *record, tagSeparator, report.errors);
        if (record->cells.size() != header.cellCount()) {
            row.fail("row",
                     ImportText::tr("%1 cells where the header has %2")
                         .arg(record->cells.size())
                         .arg(header.cellCount()),
                     {});
            continue;
        }
        // The row goes on being read, so that what refers to it is not reported as missing.
        row.refuseControlCharacters();
        const QString externalId = row.key("external_id", ImportRow::Need::Required);
        if (const auto first = firstLineOf.constFind(externalId); first != firstLineOf.cend()) {
            row.fail("external_id",
                     ImportText::tr("repeated in this file, first on line %1").arg(*first),
                     externalId);
            continue;
        }
        if (!externalId.isEmpty())
            firstLineOf.insert(externalId, record->line);
        auto outcome = importer.import(row, externalId);
        if (!outcome)
            return failed(outcome.error());
        if (*outcome == RowImporter::Outcome::Inserted)
            ++report.inserted[table];
        else if (*outcome == RowImporter::Outcome::Updated)
            ++report.updated[table];
    }
    return {};
}

// The last steps of a successful import, inside its transaction: metrics once for everyone
// (set-based, as of the date the stored metrics are already computed for), and the audit.
Status CsvImporter::commit(const QList<File>& files, const ImportReport& report)
{
    MetricsRefresher metrics(m_database);
    if (auto r = metrics.refreshAll(metrics.asOf()); !r)
        return r;
    QStringList names;
    QStringList tables;
    for (const File& file : files) {
        names << file.name;
        if (!tables.contains(ImportKinds::word(file.kind)))
            tables << ImportKinds::word(file.kind);
    }
    return AuditLog::record(m_database, QStringLiteral("import"), tables.join(QLatin1Char(',')), 0,
                            auditDetails(names, report));
}

} // namespace huellas
