#include "CliContext.h"
#include "RuleOptions.h"

#include "core/rules/RuleParser.h"
#include "storage/Database.h"
#include "storage/segments/SegmentQuery.h"
#include "storage/segments/SegmentRepository.h"

#include <QLocale>

#include <QCoreApplication>

namespace huellas::cli {
OwnerFilter OwnerSelection::filter(const Database& database) const
{
    return SegmentQuery::filterFor(database.dialect(), rules);
}

OwnerSelection selectOwners(Context& c, bool required)
{
    OwnerSelection selection;
    const bool hasRules = c.args.has(QStringLiteral("rules"));
    const bool hasSegment = c.args.has(QStringLiteral("segment"));
    if (hasRules && hasSegment) {
        selection.exitCode = c.badUsage(QCoreApplication::translate("huellas-cli", "Give --rules or --segment, not both."));
        return selection;
    }
    if (hasSegment) {
        const QString slug = c.args.value(QStringLiteral("segment"));
        auto segment = SegmentRepository(c.database).findBySlug(slug);
        if (!segment) {
            selection.exitCode = c.databaseError(segment.error());
        } else if (!segment->has_value()) {
            selection.exitCode = c.badInput(
                QCoreApplication::translate("huellas-cli", "There is no segment \"%1\" (see segment list).").arg(slug));
        } else if (auto tree = SegmentRules::parse((*segment)->rulesJson.toUtf8()); !tree) {
            selection.exitCode = c.badInput(tree.error());
        } else {
            selection.rules = *tree;
        }
        return selection;
    }
    if (!hasRules) {
        if (required)
            selection.exitCode = c.badUsage(QCoreApplication::translate("huellas-cli", "This command needs --rules JSON or --segment SLUG."));
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

namespace {

int saveSegment(Context& c)
{
    for (const char* required : {"slug", "name", "rules"})
        if (!c.args.has(QLatin1String(required)))
            return c.badUsage(QCoreApplication::translate("huellas-cli", "Usage: segment save --slug S --name N --rules JSON"));
    SegmentRepository segments(c.database);
    const QString slug = c.args.value(QStringLiteral("slug"));
    auto existing = segments.findBySlug(slug);
    if (!existing)
        return c.databaseError(existing.error());
    Segment segment = existing->value_or(Segment{});
    segment.slug = slug;
    segment.name = c.args.value(QStringLiteral("name"));
    segment.rulesJson = c.args.value(QStringLiteral("rules"));
    // Rules and names are the user's input: a refusal is bad input, not a database failure.
    if (auto tree = SegmentRules::parse(segment.rulesJson.toUtf8()); !tree)
        return c.badInput(tree.error());
    auto saved = segments.save(segment);
    if (!saved)
        return c.badInput(saved.error());
    c.out << QCoreApplication::translate("huellas-cli", "Segment \"%1\" saved: %2 members.")
                 .arg(segment.slug)
                 .arg(segment.memberCount)
          << Qt::endl;
    return Done;
}

int listSegments(Context& c)
{
    auto all = SegmentRepository(c.database).list();
    if (!all)
        return c.databaseError(all.error());
    const QLocale locale;
    for (const Segment& s : *all)
        c.out << s.slug << '\t' << s.memberCount << '\t'
              << (s.lastUpdated.isValid() ? s.lastUpdated.toString(Qt::ISODate) : QString()) << '\t'
              << (s.isActive ? QStringLiteral("active") : QStringLiteral("inactive")) << '\t' << s.name << '\n';
    c.out.flush();
    return Done;
}

} // namespace

int runSegment(Context& c)
{
    const QString action = c.args.words.value(1);
    if (c.args.words.size() == 2 && action == QLatin1String("save"))
        return saveSegment(c);
    if (c.args.words.size() == 2 && action == QLatin1String("list"))
        return listSegments(c);
    if (c.args.words.size() != 2 || (action != QLatin1String("count") && action != QLatin1String("members")))
        return c.badUsage(QCoreApplication::translate(
            "huellas-cli", "Usage: segment count|members (--rules JSON | --segment SLUG), segment save, segment list"));
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
