// Guards segment rules (DOMAIN.md "Segment rules") from the JSON text to the SQL query. Any
// bytes must be either refused by the parser with a message or give a tree that
//  - writes back to JSON that parses to the same tree (the stored form is canonical),
//  - compiles to SQL that runs: a rule the parser accepts and the database then refuses
//    breaks the promise that bad rules are a clear error naming the key,
//  - selects the same owners of the import sample as the in-memory matcher.
#include "FuzzDatabase.h"

#include "core/rules/OwnerSnapshot.h"
#include "core/rules/RuleMatcher.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleWriter.h"
#include "storage/ActivityRepository.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "storage/segments/SegmentQuery.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

using namespace huellas;

namespace {

[[noreturn]] void bug(const char* what, const QByteArray& rules, const QString& detail)
{
    std::fprintf(stderr, "fuzz_segment_rules: %s\nrules: %s\n%s\n", what, rules.constData(),
                 qPrintable(detail));
    std::abort();
}

template <typename T> T checked(Result<T> result, const char* what)
{
    if (!result)
        bug(what, QByteArray(), result.error());
    return std::move(result).value();
}

using Snapshots = std::vector<std::pair<QString, OwnerSnapshot>>; // external_id, in id order

Snapshots readSnapshots(Database& database)
{
    Snapshots snapshots;
    auto ids = checked(
        Sql::exec(database.connection(), QStringLiteral("SELECT id FROM owners ORDER BY id"), {}),
        "listing the sample owners");
    while (ids.next()) {
        const qint64 id = ids.value(0).toLongLong();
        const Owner owner = checked(OwnerRepository(database).find(id), "reading an owner");
        const QList<Pet> pets = checked(ActivityRepository(database).petsOf(id), "reading pets");
        snapshots.emplace_back(owner.externalId, OwnerSnapshot::of(owner, pets));
    }
    return snapshots;
}

const Snapshots& sampleOwners()
{
    static const Snapshots snapshots = readSnapshots(fuzz::FuzzDatabase::instance().get());
    return snapshots;
}

void checkRoundTrip(const QByteArray& json, const RuleTree& tree)
{
    const QByteArray canonical = SegmentRules::toJson(tree);
    const auto again = SegmentRules::parse(canonical);
    if (!again)
        bug("the canonical JSON of a parsed tree is refused", json, again.error());
    if (!(*again == tree))
        bug("the canonical JSON reads back to another tree", json, QString::fromUtf8(canonical));
}

void checkSql(const QByteArray& json, const RuleTree& tree)
{
    Database& database = fuzz::FuzzDatabase::instance().get();
    const auto members = SegmentQuery::members(database, tree);
    if (!members)
        bug("parsed rules compile to SQL that does not run", json, members.error());
    const auto count = SegmentQuery::count(database, tree);
    if (!count)
        bug("parsed rules compile to a count that does not run", json, count.error());
    if (*count != members->size())
        bug("count() and members() disagree", json,
            QStringLiteral("%1 vs %2").arg(*count).arg(members->size()));
    QStringList expected;
    for (const auto& [externalId, snapshot] : sampleOwners())
        if (SegmentRules::matches(tree, snapshot))
            expected << externalId;
    if (*members != expected)
        bug("SQL and the in-memory matcher select different owners", json,
            QStringLiteral("SQL: %1\nmatcher: %2")
                .arg(members->join(QLatin1Char(' ')), expected.join(QLatin1Char(' '))));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    sampleOwners();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto tree = SegmentRules::parse(json);
    if (!tree) {
        if (tree.error().isEmpty())
            bug("refused without a message", json, QString());
        return 0;
    }
    checkRoundTrip(json, *tree);
    checkSql(json, *tree);
    return 0;
}
