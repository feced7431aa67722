#include "SegmentBench.h"

#include "BenchTimer.h"

#include "core/rules/RuleParser.h"
#include "storage/Database.h"
#include "storage/OwnerListQuery.h"
#include "storage/segments/SegmentQuery.h"

#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

namespace huellas::bench {
namespace {

constexpr int repetitions = 5;

// A bound value as an SQL literal, for the shell's parameter table only (the program binds).
QString literal(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        if (value.isNull())
            return QStringLiteral("NULL");
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QLatin1String("''")) +
               QLatin1Char('\'');
    }
}

// The shell's own timer ("Run Time: real 0.012 …") for the statement run `repetitions` times,
// its parameters set first through the shell's parameter table; empty when there is no shell.
std::vector<double> shellTimes(const QString& databasePath, const QString& sql, const QVariantMap& params)
{
    QString script = QStringLiteral(".parameter init\n");
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        script += QStringLiteral("INSERT INTO temp.sqlite_parameters (key, value) VALUES ('%1', %2);\n")
                      .arg(it.key(), literal(it.value()));
    script += QStringLiteral(".timer on\n");
    for (int i = 0; i < repetitions; ++i)
        script += sql + QStringLiteral(";\n");
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), QStringLiteral("-readonly"), databasePath});
    if (!shell.waitForStarted())
        return {};
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    std::vector<double> times;
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    for (auto match = runTime.globalMatch(QString::fromUtf8(shell.readAllStandardOutput())); match.hasNext();)
        times.push_back(match.next().captured(1).toDouble() * 1000.0);
    return times;
}

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

void benchSegmentCounts(Database& db, const QString& databasePath)
{
    const std::pair<const char*, QByteArray> rules[] = {
        {"days since a visit", R"({"days_since_visit_min":180})"},
        {"the seed's example (tier, tag, days)", R"({"tier":["vip"],"tags":["dog-owner"],"days_since_visit_max":90})"},
        {"tags (all of two, none of one)", R"({"tags":["dog-owner","senior-pet"],"tags_none":["exotic"]})"},
        {"species", R"({"species":["cat"]})"},
        {"many keys", R"({"species":["dog"],"tier":["vip","professional"],"days_since_visit_min":90,"days_since_visit_max":180,"whatsapp_opt_in":true})"},
        {"an any group", R"({"any":[{"churn_risk":["high"]},{"lifetime_value_min":10000}],"tags_none":["exotic"]})"},
    };
    for (const auto& [name, json] : rules) {
        auto tree = SegmentRules::parse(json);
        if (!tree) {
            std::printf("segment count, %s: the rule does not parse: %s\n", name, qPrintable(tree.error()));
            continue;
        }
        int members = -1;
        std::vector<double> times;
        for (int i = 0; i < repetitions; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto counted = SegmentQuery::count(db, *tree);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            members = counted ? *counted : -1;
        }
        const OwnerFilter filter = SegmentQuery::filterFor(db.dialect(), *tree);
        const std::vector<double> shell = shellTimes(
            databasePath, QStringLiteral("SELECT count(*) FROM owners o") + filter.whereClause(), filter.params);
        const QString note =
            shell.empty() ? QStringLiteral("%1 owners; no sqlite3 shell to compare").arg(members)
                          : QStringLiteral("%1 owners; sqlite3 shell median %2 ms (×%3)")
                                .arg(members)
                                .arg(median(shell), 0, 'f', 1)
                                .arg(median(times) / std::max(median(shell), 0.001), 0, 'f', 2);
        printTimes(QStringLiteral("segment count: %1").arg(QString::fromLatin1(name)), times, note);
    }
}

} // namespace huellas::bench
