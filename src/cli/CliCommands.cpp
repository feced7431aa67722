#include "CliCommands.h"

#include "core/AppIdentity.h"
#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/DemoDataGenerator.h"
#include "storage/HealthCheck.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerCsvExporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>

#include <functional>

namespace huellas::cli {
namespace {


// "--name value" options and bare words, read left to right.
struct Arguments
{
    QMap<QString, QString> options;
    QStringList words;
    QString problem;
};

Arguments parse(const QStringList& arguments, const QStringList& valueOptions,
                const QStringList& flagOptions)
{
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            parsed.words << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagOptions.contains(name)) {
            parsed.options.insert(name, QStringLiteral("1"));
        } else if (valueOptions.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= arguments.size()) {
                    parsed.problem = QCoreApplication::translate("huellas-cli", "The option --%1 needs a value.").arg(name);
                    return parsed;
                }
                value = arguments.at(++i);
            }
            parsed.options.insert(name, value);
        } else {
            parsed.problem = QCoreApplication::translate("huellas-cli", "Unknown option --%1.").arg(name);
            return parsed;
        }
    }
    return parsed;
}

struct Context
{
    Database& database;
    Arguments args;
    QTextStream& out;
    QTextStream& err;
};

int badUsage(QTextStream& err, const QString& message)
{
    err << message << Qt::endl << QCoreApplication::translate("huellas-cli", "Try huellas-cli --help.") << Qt::endl;
    return BadUsage;
}

int databaseError(QTextStream& err, const QString& message)
{
    err << message << Qt::endl;
    return DatabaseError;
}

Result<QDate> dateOption(const Context& c, const QString& name)
{
    if (!c.args.options.contains(name))
        return LocalTime::today();
    const QDate date = QDate::fromString(c.args.options.value(name), Qt::ISODate);
    if (!date.isValid())
        return failure<QDate>(QCoreApplication::translate("huellas-cli", "--%1: \"%2\" is not a date (YYYY-MM-DD).").arg(name, c.args.options.value(name)));
    return date;
}

int init(Context& c)
{
    c.out << QCoreApplication::translate("huellas-cli", "Database ready: %1 (schema %2)").arg(c.database.path()).arg(c.database.schemaVersion())
          << Qt::endl;
    return Done;
}

int refresh(Context& c)
{
    auto today = dateOption(c, QStringLiteral("today"));
    if (!today)
        return badUsage(c.err, today.error());
    if (auto r = MetricsRefresher(c.database).refreshAll(*today); !r)
        return databaseError(c.err, r.error());
    c.out << QCoreApplication::translate("huellas-cli", "Metrics recomputed as of %1.").arg(today->toString(Qt::ISODate)) << Qt::endl;
    return Done;
}

int demo(Context& c)
{
    bool ok = false;
    DemoOptions options;
    options.owners = c.args.options.value(QStringLiteral("owners")).toInt(&ok);
    if (!ok || options.owners < 1 || options.owners > 1'000'000)
        return badUsage(c.err, QCoreApplication::translate("huellas-cli", "demo needs --owners N (1 to 1,000,000)."));
    if (c.args.options.contains(QStringLiteral("seed"))) {
        options.seed = c.args.options.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return badUsage(c.err, QCoreApplication::translate("huellas-cli", "--seed: \"%1\" is not a whole number.").arg(c.args.options.value(QStringLiteral("seed"))));
    }
    auto today = dateOption(c, QStringLiteral("today"));
    if (!today)
        return badUsage(c.err, today.error());
    options.today = *today;
    auto summary = DemoDataGenerator(c.database).generate(options);
    if (!summary)
        return databaseError(c.err, summary.error());
    c.out << QCoreApplication::translate("huellas-cli", "Demo data added: %1 owners, %2 pets, %3 appointments, %4 orders, %5 invoices, "
                "%6 interactions.")
                 .arg(summary->owners)
                 .arg(summary->pets)
                 .arg(summary->appointments)
                 .arg(summary->orders)
                 .arg(summary->invoices)
                 .arg(summary->interactions)
          << Qt::endl;
    return Done;
}

int exportOwners(Context& c)
{
    if (c.args.words.value(1) != QLatin1String("owners") || c.args.words.size() != 2)
        return badUsage(c.err, QCoreApplication::translate("huellas-cli", "Usage: export owners [--out FILE]"));
    OwnerCsvExporter exporter(c.database);
    const QString path = c.args.options.value(QStringLiteral("out"));
    Result<int> rows = 0;
    if (path.isEmpty() || path == QLatin1String("-")) {
        c.out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return databaseError(c.err, stdoutFile.errorString());
        rows = exporter.write(stdoutFile);
    } else {
        rows = exporter.exportToFile(path);
    }
    if (!rows)
        return databaseError(c.err, rows.error());
    if (!path.isEmpty() && path != QLatin1String("-"))
        c.out << QCoreApplication::translate("huellas-cli", "%1 owners written to %2.").arg(*rows).arg(path) << Qt::endl;
    return Done;
}

int check(Context& c)
{
    auto report = HealthCheck(c.database).run();
    if (!report)
        return databaseError(c.err, report.error());
    for (const QString& line : report->lines)
        c.out << line << Qt::endl;
    return report->healthy ? Done : DatabaseError;
}

struct Command
{
    std::function<int(Context&)> run;
    QStringList valueOptions;
    QStringList flagOptions;
};

const QMap<QString, Command>& commands()
{
    static const QMap<QString, Command> table{
        {QStringLiteral("init"), {init, {}, {}}},
        {QStringLiteral("refresh"), {refresh, {QStringLiteral("today")}, {}}},
        {QStringLiteral("demo"), {demo, {QStringLiteral("owners"), QStringLiteral("seed"), QStringLiteral("today")}, {}}},
        {QStringLiteral("export"), {exportOwners, {QStringLiteral("out")}, {}}},
        {QStringLiteral("check"), {check, {}, {}}},
    };
    return table;
}

} // namespace

QString usage()
{
    return QCoreApplication::translate("huellas-cli", "Usage: huellas-cli [--db FILE] COMMAND\n"
              "\n"
              "Commands:\n"
              "  init                              create or migrate the database\n"
              "  refresh [--today YYYY-MM-DD]      recompute every owner's metrics as of that date\n"
              "  export owners [--out FILE]        owners.csv with the derived columns (stdout without --out)\n"
              "  demo --owners N [--seed S] [--today YYYY-MM-DD]\n"
              "                                    fill the database with realistic demo data\n"
              "  check                             integrity check\n"
              "\n"
              "Options:\n"
              "  --db FILE    the database file (default: %1)\n"
              "  --help       this text\n"
              "  --version    the program's version\n"
              "\n"
              "Exit codes: 0 done, 2 bad usage, 3 bad input (nothing written), 4 database error.\n")
        .arg(Database::defaultPath());
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // Global options come before the command.
    qsizetype commandAt = 0;
    QString databasePath = Database::defaultPath();
    while (commandAt < arguments.size() && arguments.at(commandAt).startsWith(QLatin1String("--"))) {
        const QString& a = arguments.at(commandAt);
        if (a == QLatin1String("--help")) {
            out << usage();
            return Done;
        }
        if (a == QLatin1String("--version")) {
            out << QStringLiteral("huellas-cli %1").arg(AppIdentity::version()) << Qt::endl;
            return Done;
        }
        if (a == QLatin1String("--db") && commandAt + 1 < arguments.size()) {
            databasePath = arguments.at(commandAt + 1);
            commandAt += 2;
        } else if (a.startsWith(QLatin1String("--db="))) {
            databasePath = a.mid(5);
            ++commandAt;
        } else {
            return badUsage(err, QCoreApplication::translate("huellas-cli", "Unknown option %1.").arg(a));
        }
    }
    if (commandAt >= arguments.size())
        return badUsage(err, QCoreApplication::translate("huellas-cli", "No command given."));
    const QString name = arguments.at(commandAt);
    const auto command = commands().constFind(name);
    if (command == commands().cend())
        return badUsage(err, QCoreApplication::translate("huellas-cli", "Unknown command \"%1\".").arg(name));
    Arguments args = parse(arguments.mid(commandAt), command->valueOptions, command->flagOptions);
    if (!args.problem.isEmpty())
        return badUsage(err, args.problem);
    if (args.options.contains(QStringLiteral("help"))) {
        out << usage();
        return Done;
    }
    auto database = Database::open(databasePath);
    if (!database)
        return databaseError(err, database.error());
    Context context{**database, args, out, err};
    return command->run(context);
}

} // namespace huellas::cli
