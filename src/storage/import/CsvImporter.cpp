#include "CsvImporter.h"

#include "AppointmentRowImporter.h"
#include "CsvFileProbe.h"
#include "CsvHeader.h"
#include "CsvReader.h"
#include "ImportContext.h"
#include "ImportProblems.h"
#include "ImportText.h"
#include "ImportTicker.h"
#include "InteractionRowImporter.h"
#include "InvoiceRowImporter.h"
#include "OrderRowImporter.h"
#include "OwnerRowImporter.h"
#include "PetRowImporter.h"
#include "storage/AuditLog.h"
#include "storage/DeferredOwnerSearch.h"
#include "storage/MetricsRefresher.h"
#include "storage/Transaction.h"

#include <QFile>

#include <algorithm>
#include <map>
#include <memory>

namespace huellas {

struct CsvImporter::Run
{
    explicit Run(const ImportObserver& observer) : ticker(observer) {}

    ImportReport report;
    ImportProblems problems;
    ImportTicker ticker;
};

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

QString cannotRead(const QString& fileName, const QString& reason)
{
    return ImportText::tr("Cannot read %1: %2").arg(fileName, reason);
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

Result<ImportReport> CsvImporter::run(const QStringList& files, bool dryRun,
                                      const ImportObserver& observer)
{
    Run state(observer);
    ImportReport& report = state.report;
    report.dryRun = dryRun;
    // The first pass over every file (encoding, delimiter) before taking the write lock.
    auto probed = probeFiles(files, state);
    if (!probed)
        return failure<ImportReport>(probed.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<ImportReport>(transaction.error());
    DeferredOwnerSearch search(m_database);
    if (auto r = search.begin(); !r)
        return failure<ImportReport>(r.error());
    if (auto r = importAll(*probed, state); !r)
        return failure<ImportReport>(r.error()); // the transaction rolls back
    report.errors = state.problems.messages();
    report.problemCount = state.problems.count();
    if (!report.createdStaff.isEmpty())
        report.notices << ImportText::tr("Staff usernames created inactive, without a login: %1")
                              .arg(report.createdStaff.join(QLatin1String(", ")));
    if (!report.ok() || dryRun) {
        if (dryRun)
            report.notices << ImportText::tr("Dry run: nothing was written.");
        return report; // the transaction rolls back
    }
    if (state.ticker.cancelled())
        return failure<ImportReport>(ImportTicker::cancelledMessage());
    if (auto r = search.finish(); !r)
        return failure<ImportReport>(r.error());
    if (auto r = commit(*probed, report); !r)
        return failure<ImportReport>(r.error());
    if (auto r = transaction->commit(); !r)
        return failure<ImportReport>(r.error());
    return report;
}

Result<QList<CsvImporter::File>> CsvImporter::probeFiles(const QStringList& files, Run& run) const
{
    QList<File> probed;
    for (const QString& name : files) {
        const std::optional<ImportKind> kind = ImportKinds::fromFileName(name);
        if (!kind) {
            run.problems << ImportText::tr("%1: the file name must contain one of owners, pets, "
                                           "appointments, orders, invoices or interactions")
                                .arg(name);
            continue;
        }
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return failure<QList<File>>(cannotRead(name, file.errorString()));
        auto probe = CsvFileProbe::of(file, run.ticker);
        if (!probe)
            return failure<QList<File>>(run.ticker.cancelled() ? probe.error()
                                                               : cannotRead(name, probe.error()));
        if (probe->encoding == TextChunkReader::Encoding::Windows1252)
            run.report.notices << ImportText::tr("%1: not UTF-8, read as Windows-1252").arg(name);
        probed.append(File{name, *kind, probe->encoding, probe->delimiter});
    }
    const QList<ImportKind> order = ImportKinds::inDependencyOrder();
    std::stable_sort(probed.begin(), probed.end(), [&order](const File& a, const File& b) {
        return order.indexOf(a.kind) < order.indexOf(b.kind);
    });
    return probed;
}

Status CsvImporter::importAll(const QList<File>& files, Run& run)
{
    QList<ImportKind> kinds;
    for (const File& file : files)
        kinds << file.kind;
    ImportContext context(m_database);
    if (auto r = context.load(kinds); !r)
        return r;
    std::map<ImportKind, std::unique_ptr<RowImporter>> importers;
    for (int number = 0; number < files.size(); ++number) {
        const File& file = files.at(number);
        auto& importer = importers[file.kind];
        if (!importer)
            importer = makeRowImporter(file.kind, context);
        if (auto r = importFile(file, number, *importer, context, run); !r)
            return r;
    }
    for (auto& [kind, importer] : importers) {
        if (run.ticker.cancelled())
            return failed(ImportTicker::cancelledMessage());
        if (auto r = importer->finish(run.problems); !r)
            return r;
    }
    run.report.createdStaff = context.staff.createdUsernames();
    return context.release();
}

// The second pass: the file streamed through the CSV reader, one row at a time.
Status CsvImporter::importFile(const File& file, int number, RowImporter& importer,
                               ImportContext& context, Run& run)
{
    QFile device(file.name);
    if (!device.open(QIODevice::ReadOnly))
        return failed(cannotRead(file.name, device.errorString()));
    run.ticker.startFile(file.name, device.size());
    TextChunkReader chunks(device, file.encoding);
    CsvReader reader(chunks, file.delimiter);
    if (auto r = importRows(file, number, reader, chunks, importer, context, run); !r)
        return r;
    if (chunks.failed())
        return failed(cannotRead(file.name, chunks.errorString()));
    run.ticker.endFile(chunks.bytesRead());
    return {};
}

Status CsvImporter::importRows(const File& file, int number, CsvReader& reader,
                               const TextChunkReader& chunks, RowImporter& importer,
                               ImportContext& context, Run& run)
{
    ImportProblems& problems = run.problems;
    std::optional<CsvRecord> headerRecord = reader.next();
    if (!headerRecord) {
        problems
            << ImportText::tr("%1: the file is empty, without even a header line").arg(file.name);
        return {};
    }
    if (headerRecord->quotingBroken) {
        problems << brokenQuoting(file.name, headerRecord->line);
        return {};
    }
    const CsvHeader header(*headerRecord, file.kind, file.name, problems);
    if (!header.usable())
        return {};
    // A tag list is one cell; inside a ';'-delimited file its separator is '|'.
    const QChar tagSeparator = QLatin1Char(file.delimiter == ';' ? '|' : ';');
    const QString table = ImportKinds::word(file.kind);
    while (std::optional<CsvRecord> record = reader.next()) {
        if (!record->quotingBroken && isBlank(*record))
            continue;
        if (!run.ticker.row(chunks.bytesRead()))
            return failed(ImportTicker::cancelledMessage());
        if (record->quotingBroken) {
            problems << brokenQuoting(file.name, record->line);
            continue;
        }
        ImportRow row(file.name, header, *record, tagSeparator, problems);
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
        if (!externalId.isEmpty()) {
            auto first = context.keys.firstLineInFile(file.kind, externalId, number, record->line);
            if (!first)
                return failed(first.error());
            if (*first > 0) {
                row.fail("external_id",
                         ImportText::tr("repeated in this file, first on line %1").arg(*first),
                         externalId);
                continue;
            }
        }
        auto outcome = importer.import(row, externalId);
        if (!outcome)
            return failed(outcome.error());
        if (auto r = context.lookups(); !r)
            return r;
        if (*outcome == RowImporter::Outcome::Inserted)
            ++run.report.inserted[table];
        else if (*outcome == RowImporter::Outcome::Updated)
            ++run.report.updated[table];
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
