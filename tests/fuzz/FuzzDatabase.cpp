#include "FuzzDatabase.h"

#include "storage/import/CsvImporter.h"
#include "storage/import/ImportKind.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <cstdlib>

namespace huellas::fuzz {
namespace {

[[noreturn]] void fatal(const char* what, const QString& why)
{
    std::fprintf(stderr, "fuzz setup: %s: %s\n", what, qPrintable(why));
    std::abort();
}

void startQt()
{
    static int argc = 1;
    static char name[] = "huellas-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace

FuzzDatabase& FuzzDatabase::instance()
{
    startQt(); // before the database, so that it is destroyed after it
    static FuzzDatabase database;
    return database;
}

FuzzDatabase::FuzzDatabase()
{
    if (!m_dir.isValid())
        fatal("cannot create a temporary folder", m_dir.errorString());
    auto opened = Database::open(m_dir.filePath(QStringLiteral("fuzz.sqlite")));
    if (!opened)
        fatal("cannot open the database", opened.error());
    m_database = std::move(opened).value();
    importSample();
}

void FuzzDatabase::importSample()
{
    const QDir sample(QStringLiteral(HUELLAS_FUZZ_SAMPLE_DIR));
    QStringList files;
    for (const ImportKind kind : ImportKinds::inDependencyOrder())
        files << sample.filePath(ImportKinds::word(kind) + QStringLiteral(".csv"));
    const auto report = CsvImporter(*m_database).run(files);
    if (!report)
        fatal("cannot import the sample", report.error());
    if (!report->ok())
        fatal("the sample has errors", report->errors.join(QLatin1Char('\n')));
}

} // namespace huellas::fuzz
