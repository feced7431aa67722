#include "SegmentFormData.h"

#include "SegmentQuery.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas::SegmentFormData {
namespace {

// The SQL comes from this file only; no text from the caller reaches it.
Result<QStringList> distinctValues(Database& database, const QString& sql)
{
    auto query = Sql::exec(database.connection(), sql);
    if (!query)
        return failure<QStringList>(query.error());
    QStringList values;
    while (query->next())
        values << query->value(0).toString();
    return values;
}

} // namespace

Result<SegmentFormChoices> choices(Database& database)
{
    SegmentFormChoices c;
    const std::pair<QStringList*, QString> lists[] = {
        {&c.tags, QStringLiteral("SELECT DISTINCT tag FROM owner_tags ORDER BY tag")},
        {&c.cities,
         QStringLiteral("SELECT DISTINCT city FROM owners WHERE city <> '' ORDER BY city")},
        {&c.neighborhoods, QStringLiteral("SELECT DISTINCT neighborhood FROM owners "
                                          "WHERE neighborhood <> '' ORDER BY neighborhood")},
        {&c.languages,
         QStringLiteral("SELECT DISTINCT preferred_language FROM owners "
                        "WHERE preferred_language <> '' ORDER BY preferred_language")},
    };
    for (const auto& [target, sql] : lists) {
        auto values = distinctValues(database, sql);
        if (!values)
            return failure<SegmentFormChoices>(values.error());
        *target = *values;
    }
    return c;
}

Result<SegmentPreview> preview(Database& database, const RuleTree& rules, int firstMembers)
{
    SegmentPreview result;
    auto count = SegmentQuery::count(database, rules);
    if (!count)
        return failure<SegmentPreview>(count.error());
    result.memberCount = *count;

    const OwnerFilter filter = SegmentQuery::filterFor(database.dialect(), rules);
    const QString where = filter.whereClause();
    QVariantMap params = filter.params;
    params.insert(QStringLiteral(":previewLimit"), firstMembers);
    auto query = Sql::exec(database.connection(),
                           QStringLiteral("SELECT o.id, trim(o.first_name || ' ' || o.last_name), "
                                          "o.phone, o.tier, o.lifetime_value FROM owners o") +
                               where +
                               QStringLiteral(" ORDER BY %1, %2, o.id LIMIT :previewLimit")
                                   .arg(database.dialect().caseInsensitiveOrder(QStringLiteral("o.last_name")),
                                        database.dialect().caseInsensitiveOrder(QStringLiteral("o.first_name"))),
                           params);
    if (!query)
        return failure<SegmentPreview>(query.error());
    while (query->next())
        result.firstMembers << SegmentPreviewRow{
            query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
            query->value(3).toString(), query->value(4).toLongLong()};
    return result;
}

} // namespace huellas::SegmentFormData
