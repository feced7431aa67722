#include "CliContext.h"
#include "RuleOptions.h"

#include "core/rules/RuleParser.h"
#include "storage/Database.h"
#include "storage/segments/SegmentQuery.h"

#include <QCoreApplication>

namespace huellas::cli {
OwnerFilter OwnerSelection::filter(const Database& database) const
{
    return SegmentQuery::filterFor(database.dialect(), rules);
}

OwnerSelection selectOwners(Context& c, bool required)
{
    OwnerSelection selection;
    if (!c.args.has(QStringLiteral("rules"))) {
        if (required)
            selection.exitCode = c.badUsage(QCoreApplication::translate("huellas-cli", "This command needs --rules JSON."));
        return selection;
    }
    auto tree = SegmentRules::parse(c.args.value(QStringLiteral("rules")).toUtf8());
    if (!tree) {
        selection.exitCode = c.badInput(tree.error());
        return selection;
    }
    selection.rules = *tree;
    return selection;
}

int runSegment(Context& c)
{
    const QString action = c.args.words.value(1);
    if (c.args.words.size() != 2 || (action != QLatin1String("count") && action != QLatin1String("members")))
        return c.badUsage(QCoreApplication::translate("huellas-cli", "Usage: segment count|members --rules JSON"));
    const OwnerSelection selection = selectOwners(c, true);
    if (selection.exitCode)
        return *selection.exitCode;
    if (action == QLatin1String("count")) {
        auto n = SegmentQuery::count(c.database, selection.rules);
        if (!n)
            return c.databaseError(n.error());
        c.out << *n << Qt::endl;
        return Done;
    }
    auto ids = SegmentQuery::members(c.database, selection.rules);
    if (!ids)
        return c.databaseError(ids.error());
    for (const QString& id : *ids)
        c.out << id << '\n';
    c.out.flush();
    return Done;
}

} // namespace huellas::cli
