#include "CliContext.h"

#include "storage/DemoDataGenerator.h"

#include <QCoreApplication>

namespace huellas::cli {
namespace {

// --owners N [--seed S] [--today D], the same for the database and for --csv, so that both
// make the same households.
Result<DemoOptions> demoOptions(const Arguments& args)
{
    bool ok = false;
    DemoOptions options;
    options.owners = args.value(QStringLiteral("owners")).toInt(&ok);
    if (!ok || options.owners < 1 || options.owners > 1'000'000)
        return failure<DemoOptions>(QCoreApplication::translate("huellas-cli", "demo needs --owners N (1 to 1,000,000)."));
    if (args.has(QStringLiteral("seed"))) {
        options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return failure<DemoOptions>(QCoreApplication::translate("huellas-cli", "--seed: \"%1\" is not a whole number.")
                                            .arg(args.value(QStringLiteral("seed"))));
    }
    auto today = dateOption(args, QStringLiteral("today"));
    if (!today)
        return failure<DemoOptions>(today.error());
    options.today = *today;
    return options;
}

QString summaryOf(const DemoSummary& summary, bool files)
{
    return (files ? QCoreApplication::translate("huellas-cli", "Demo data written: %1 owners, %2 pets, %3 appointments, "
                                                               "%4 orders, %5 invoices, %6 interactions.")
                  : QCoreApplication::translate("huellas-cli", "Demo data added: %1 owners, %2 pets, %3 appointments, "
                                                               "%4 orders, %5 invoices, %6 interactions."))
        .arg(summary.owners)
        .arg(summary.pets)
        .arg(summary.appointments)
        .arg(summary.orders)
        .arg(summary.invoices)
        .arg(summary.interactions);
}

} // namespace

int runDemo(Context& c)
{
    auto options = demoOptions(c.args);
    if (!options)
        return c.badUsage(options.error());
    auto summary = DemoDataGenerator(c.database).generate(*options);
    if (!summary)
        return c.databaseError(summary.error());
    c.out << summaryOf(*summary, false) << Qt::endl;
    return Done;
}

int runDemoCsv(const Arguments& args, QTextStream& out, QTextStream& err)
{
    auto options = demoOptions(args);
    const QString folder = args.value(QStringLiteral("csv"));
    if (options && folder.isEmpty())
        options = failure<DemoOptions>(QCoreApplication::translate("huellas-cli", "--csv needs a folder."));
    if (!options) {
        err << options.error() << Qt::endl
            << QCoreApplication::translate("huellas-cli", "Try huellas-cli --help.") << Qt::endl;
        return BadUsage;
    }
    auto summary = DemoDataGenerator::writeCsv(*options, folder);
    if (!summary) {
        err << summary.error() << Qt::endl;
        return DatabaseError;
    }
    out << summaryOf(*summary, true) << Qt::endl;
    return Done;
}

} // namespace huellas::cli
