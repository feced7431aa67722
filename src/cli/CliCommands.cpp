#include "CliCommands.h"

#include "CliContext.h"
#include "core/AppIdentity.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

#include <functional>

// Messages use QCoreApplication::translate with the literal context "huellas-cli", so that
// lupdate and the running program agree on it.

namespace huellas::cli {
namespace {

struct Command
{
    std::function<int(Context&)> run;
    QStringList valueOptions;
    QStringList flagOptions;
};

const QMap<QString, Command>& commands()
{
    const QString today = QStringLiteral("today");
    static const QMap<QString, Command> table{
        {QStringLiteral("init"), {runInit, {}, {}}},
        {QStringLiteral("refresh"), {runRefresh, {today}, {QStringLiteral("full")}}},
        {QStringLiteral("demo"), {runDemo, {QStringLiteral("owners"), QStringLiteral("seed"), today, QStringLiteral("csv")}, {}}},
        {QStringLiteral("export"), {runExport, {QStringLiteral("out"), QStringLiteral("segment"), QStringLiteral("rules")}, {}}},
        {QStringLiteral("segment"), {runSegment, {QStringLiteral("rules"), QStringLiteral("segment"), QStringLiteral("slug"), QStringLiteral("name")}, {}}},
        {QStringLiteral("backup"), {runBackup, {}, {}}},
        {QStringLiteral("restore"), {runRestore, {}, {}}},
        {QStringLiteral("import"), {runImport, {}, {QStringLiteral("dry-run")}}},
        {QStringLiteral("check"), {runCheck, {}, {}}},
    };
    return table;
}

int badUsage(QTextStream& err, const QString& message)
{
    err << message << Qt::endl << QCoreApplication::translate("huellas-cli", "Try huellas-cli --help.") << Qt::endl;
    return BadUsage;
}

} // namespace

QString usage()
{
    return QCoreApplication::translate("huellas-cli",
              "Usage: huellas-cli [--db FILE | --db-url URL] COMMAND\n"
              "\n"
              "Commands:\n"
              "  init                              create or migrate the database\n"
              "  import [--dry-run] FILE...        owners.csv pets.csv appointments.csv orders.csv invoices.csv\n"
              "                                    interactions.csv (kind from the file name); all or nothing,\n"
              "                                    every bad row reported as FILE:LINE: column: reason\n"
              "  refresh [--today YYYY-MM-DD] [--full]\n"
              "                                    move every owner's metrics to that date (days since,\n"
              "                                    churn, engagement); --full recomputes them all\n"
              "  export owners [--segment SLUG | --rules JSON] [--out FILE]\n"
              "                                    owners with the derived columns: CSV (stdout without\n"
              "                                    --out) or an Excel workbook when FILE ends in .xlsx\n"
              "  segment count --rules JSON        print the number of matching owners\n"
              "  segment members --rules JSON      print matching owners' external_id, one a line\n"
              "                                    (both also take --segment SLUG)\n"
              "  segment save --slug S --name N --rules JSON\n"
              "                                    create or replace a saved segment\n"
              "  segment list                      saved segments: slug, members, counted at, state, name\n"
              "  demo --owners N [--seed S] [--today YYYY-MM-DD] [--csv DIR]\n"
              "                                    fill the database with realistic demo data; with --csv,\n"
              "                                    write the same data as the six import files (owners.csv,\n"
              "                                    pets.csv, ...) in DIR instead, without a database\n"
              "  backup FILE                       consistent copy, also while the program is open\n"
              "  restore FILE                      replace the database with a checked backup; the current\n"
              "                                    one is kept as NAME-antes-de-restaurar-DATE.sqlite\n"
              "  check                             integrity check\n"
              "\n"
              "Options:\n"
              "  --db FILE    the database file (default: %1)\n"
              "  --db-url postgresql://USER@HOST:PORT/NAME\n"
              "               a PostgreSQL database shared by several desks; the password\n"
              "               comes from ~/.pgpass or PGPASSFILE, never from the command line\n"
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
    QString databaseUrl;
    const auto valueOf = [&](const QString& option, QString& value) {
        const QString& a = arguments.at(commandAt);
        if (a == option && commandAt + 1 < arguments.size()) {
            value = arguments.at(commandAt + 1);
            commandAt += 2;
            return true;
        }
        if (a.startsWith(option + QLatin1Char('='))) {
            value = a.mid(option.size() + 1);
            ++commandAt;
            return true;
        }
        return false;
    };
    bool fileGiven = false;
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
        if (valueOf(QStringLiteral("--db"), databasePath))
            fileGiven = true;
        else if (!valueOf(QStringLiteral("--db-url"), databaseUrl))
            return badUsage(err, QCoreApplication::translate("huellas-cli", "Unknown option %1.").arg(a));
    }
    if (fileGiven && !databaseUrl.isEmpty())
        return badUsage(err, QCoreApplication::translate("huellas-cli", "Give either --db or --db-url, not both."));
    ConnectionSpec spec = ConnectionSpec::sqliteFile(databasePath);
    if (!databaseUrl.isEmpty()) {
        auto parsed = ConnectionSpec::fromUrl(databaseUrl);
        if (!parsed)
            return badUsage(err, parsed.error());
        spec = *parsed;
    }
    if (commandAt >= arguments.size())
        return badUsage(err, QCoreApplication::translate("huellas-cli", "No command given."));
    const QString name = arguments.at(commandAt);
    const auto command = commands().constFind(name);
    if (command == commands().cend())
        return badUsage(err, QCoreApplication::translate("huellas-cli", "Unknown command \"%1\".").arg(name));
    const Arguments args = parseArguments(arguments.mid(commandAt), command->valueOptions, command->flagOptions);
    if (!args.problem.isEmpty())
        return badUsage(err, args.problem);
    if (name == QLatin1String("demo") && args.has(QStringLiteral("csv")))
        return runDemoCsv(args, out, err);
    auto database = Database::open(spec);
    if (!database && name == QLatin1String("restore") && spec.isSqlite() && QFileInfo::exists(databasePath))
        return runRestoreUnopened(databasePath, args, out, err); // the reason to restore
    if (!database) {
        err << database.error() << Qt::endl;
        return DatabaseError;
    }
    Context context{**database, args, out, err};
    return command->run(context);
}

} // namespace huellas::cli
