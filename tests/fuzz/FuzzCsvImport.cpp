// Guards the import of CSV files (DOMAIN.md "Exchange formats"), the widest door for bad input:
// any bytes must give either a report of row problems or a clean dry run, never a crash, and
// never a database error, because a row the validation lets through must be one the schema
// accepts. An input is one or more files of one import:
//
//   <kind digit><file>[\n%%<kind digit>\n<file>]...
//
// the kind digit modulo 6 in dependency order: '0' owners, '1' pets, '2' appointments,
// '3' orders, '4' invoices, '5' interactions. Several files in one run are how rows refer to
// rows of another file (a pet to an owner imported with it, a referrer read after the owner).
// Each file also goes straight through CsvReader with both delimiters.
#include "FuzzDatabase.h"

#include "storage/import/CsvImporter.h"
#include "storage/import/CsvReader.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace huellas;

namespace {

[[noreturn]] void bug(const char* what, const QString& detail)
{
    std::fprintf(stderr, "fuzz_csv_import: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

// CsvRecord's promises: a record starts on a line of the text, records come in text order,
// and a record with broken quoting carries no cells.
void readEveryRecord(const QByteArray& text, char delimiter)
{
    const qsizetype lines = text.count('\n') + 1;
    CsvReader reader(text, delimiter);
    int previousLine = 0;
    while (const std::optional<CsvRecord> record = reader.next()) {
        if (record->line < 1 || record->line > lines || record->line < previousLine)
            bug("a record's line is out of order or outside the text",
                QStringLiteral("line %1 after %2, of %3")
                    .arg(record->line)
                    .arg(previousLine)
                    .arg(lines));
        if (record->quotingBroken && !record->cells.isEmpty())
            bug("a broken record has cells", record->cells.join(QLatin1Char('|')));
        previousLine = record->line;
    }
}

struct InputFile
{
    ImportKind kind;
    QByteArray bytes;
};

ImportKind kindOf(char digit)
{
    const QList<ImportKind> kinds = ImportKinds::inDependencyOrder();
    return kinds.at(static_cast<unsigned char>(digit) % kinds.size());
}

QList<InputFile> splitFiles(const QByteArray& input)
{
    static const QByteArray marker = "\n%%";
    QList<InputFile> files;
    ImportKind kind = kindOf(input.front());
    qsizetype start = 1;
    for (;;) {
        const qsizetype at = input.indexOf(marker, start);
        if (at < 0 || at + marker.size() >= input.size()) {
            files.append({kind, input.mid(start)});
            return files;
        }
        files.append({kind, input.mid(start, at + 1 - start)}); // with its last line break
        kind = kindOf(input.at(at + marker.size()));
        start = at + marker.size() + 1;
        if (start < input.size() && input.at(start) == '\n')
            ++start;
    }
}

QString writeFile(const InputFile& input, int number)
{
    // The importer reads the kind from the name; the number keeps two files of a kind apart.
    const QString name = ImportKinds::word(input.kind) +
                         (number > 0 ? QStringLiteral("-%1").arg(number) : QString()) +
                         QStringLiteral(".csv");
    const QString path = QDir(fuzz::FuzzDatabase::instance().folder()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(input.bytes) != input.bytes.size())
        bug("cannot write the input file", file.errorString());
    return path;
}

void importDryRun(const QList<InputFile>& inputs)
{
    QStringList paths;
    for (const InputFile& input : inputs)
        paths << writeFile(input, int(paths.size()));
    const auto report =
        CsvImporter(fuzz::FuzzDatabase::instance().get()).run(paths, /*dryRun=*/true);
    if (!report)
        bug("the import failed instead of reporting row problems", report.error());
    for (const QString& error : report->errors) {
        const bool named = std::any_of(paths.cbegin(), paths.cend(), [&error](const QString& path) {
            return error.startsWith(path + QLatin1Char(':'));
        });
        if (!named)
            bug("a row problem does not start with the file name", error);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::FuzzDatabase::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QList<InputFile> files =
        splitFiles(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    for (const InputFile& file : files) {
        readEveryRecord(file.bytes, ',');
        readEveryRecord(file.bytes, ';');
    }
    importDryRun(files);
    return 0;
}
