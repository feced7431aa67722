#include "OwnerListQuery.h"

#include "Database.h"
#include "SqlDialect.h"
#include "FollowUpSql.h"
#include "LikeEscape.h"
#include "Sql.h"
#include "core/PhoneNumbers.h"
#include "core/TextFolding.h"

#include <QStringList>

namespace huellas {

bool OwnerListCriteria::isEmpty() const
{
    return text.trimmed().isEmpty() && tier.isEmpty() && churnRisk.isEmpty() && acquisitionSource.isEmpty()
        && city.isEmpty() && neighborhood.isEmpty() && !emailOptIn && !smsOptIn && !whatsappOptIn
        && !followUpPending && restriction.condition.isEmpty();
}

namespace OwnerListQuery {
namespace {

class Builder
{
public:
    void add(const QString& condition) { m_conditions << condition; }
    QString bind(const QVariant& value)
    {
        const QString name = QStringLiteral(":f%1").arg(m_filter.params.size());
        m_filter.params.insert(name, value);
        return name;
    }
    void equals(const char* column, const QString& value)
    {
        if (!value.isEmpty())
            add(QStringLiteral("o.%1 = %2").arg(QLatin1String(column), bind(value)));
    }
    void flag(const char* column, const std::optional<bool>& value)
    {
        if (value)
            add(QStringLiteral("o.%1 = %2").arg(QLatin1String(column), bind(*value)));
    }
    OwnerFilter finish()
    {
        m_filter.condition = m_conditions.join(QLatin1String(" AND "));
        return m_filter;
    }

private:
    OwnerFilter m_filter;
    QStringList m_conditions;
};

// The term found in one of the part's columns by reading the row: what the search index
// answers, for terms it is not asked about.
QString rowCondition(Builder& b, const SqlDialect& d, SqlDialect::OwnerSearchPart part, const QString& term)
{
    const QString pattern = b.bind(escapedForLike(term));
    const QStringList columns = part == SqlDialect::OwnerSearchPart::Phones
        ? QStringList{QStringLiteral("o.phone"), QStringLiteral("o.whatsapp"), QStringLiteral("o.phone_secondary")}
        : QStringList{QStringLiteral("o.search_name"), QStringLiteral("o.email"), QStringLiteral("o.tags_text")};
    QStringList alternatives;
    for (const QString& column : columns)
        alternatives << d.containsText(column, pattern);
    return QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

// Terms the search index can look up. When they match at most `indexLimit` owners, the index
// gives their ids; when they match more ("dog-owner", "998", "gmail": half the list), reading
// the list in its order and testing each row finds a page of them at once, while gathering
// every id from the index first would cost as much as the whole answer. A probe of the index,
// stopped at indexLimit + 1 ids, tells which.
Status addIndexedTerms(Builder& b, Database& database, SqlDialect::OwnerSearchPart part, const QStringList& terms,
                       int indexLimit)
{
    const SqlDialect& d = database.dialect();
    QVariantMap probe;
    const QString probeIds = d.ownerSearchIds(part, terms, [&probe](const QVariant& value) {
        const QString name = QStringLiteral(":probe%1").arg(probe.size());
        probe.insert(name, value);
        return name;
    });
    probe.insert(QStringLiteral(":probeLimit"), indexLimit + 1);
    auto found = Sql::scalar(database.connection(),
                             QStringLiteral("SELECT count(*) FROM (%1 LIMIT :probeLimit) probed").arg(probeIds), probe);
    if (!found)
        return failed(found.error());
    if (found->toInt() > indexLimit) {
        for (const QString& term : terms)
            b.add(rowCondition(b, d, part, term));
        return {};
    }
    const QString ids = d.ownerSearchIds(part, terms, [&b](const QVariant& value) { return b.bind(value); });
    b.add(QStringLiteral("o.id IN (%1)").arg(ids));
    return {};
}

// Every word must match somewhere: "ana canul" finds Ana María Pérez Canul. A word too short
// for the index is matched on the row (on the list's worker).
Status addTextSearch(Builder& b, Database& database, const QString& text, int indexLimit)
{
    QStringList indexed;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString folded = TextFolding::fold(word);
        if (folded.size() >= database.dialect().ownerSearchMinimumLength())
            indexed << folded;
        else
            b.add(rowCondition(b, database.dialect(), SqlDialect::OwnerSearchPart::Text, folded));
    }
    if (indexed.isEmpty())
        return {};
    return addIndexedTerms(b, database, SqlDialect::OwnerSearchPart::Text, indexed, indexLimit);
}

} // namespace

Result<OwnerFilter> filterFor(Database& database, const OwnerListCriteria& c, int indexLimit)
{
    Builder b;
    const QString text = c.text.trimmed();
    const QString digits = PhoneNumbers::searchDigits(text);
    // A search that is mostly digits is a phone number typed in any format.
    const bool looksLikePhone = digits.size() >= 3 && digits.size() * 2 >= text.size();
    Status searched;
    if (looksLikePhone)
        searched = addIndexedTerms(b, database, SqlDialect::OwnerSearchPart::Phones, {digits}, indexLimit);
    else if (!text.isEmpty())
        searched = addTextSearch(b, database, text, indexLimit);
    if (!searched)
        return failure<OwnerFilter>(searched.error());
    b.equals("tier", c.tier);
    b.equals("churn_risk", c.churnRisk);
    b.equals("acquisition_source", c.acquisitionSource);
    b.equals("city", c.city);
    b.equals("neighborhood", c.neighborhood);
    b.flag("email_opt_in", c.emailOptIn);
    b.flag("sms_opt_in", c.smsOptIn);
    b.flag("whatsapp_opt_in", c.whatsappOptIn);
    if (c.followUpPending)
        b.add(QStringLiteral("EXISTS (SELECT 1 FROM interactions i WHERE i.owner_id = o.id AND %1)")
                  .arg(FollowUpSql::condition(database.dialect(), FollowUpState::Pending, {})));
    OwnerFilter filter = b.finish();
    if (!c.restriction.condition.isEmpty()) {
        filter.condition = filter.condition.isEmpty()
            ? c.restriction.condition
            : QStringLiteral("(%1) AND (%2)").arg(filter.condition, c.restriction.condition);
        filter.params.insert(c.restriction.params);
    }
    return filter;
}

namespace {

// The cities in use, '' among them, in order: owners_place (city, neighborhood) is sought from
// one city to the next, as many steps as there are cities, instead of reading a million owners.
Result<QStringList> citiesInIndex(Database& database)
{
    auto query = Sql::exec(database.connection(),
                           QStringLiteral("WITH RECURSIVE city(name) AS ("
                                          " SELECT min(city) FROM owners"
                                          " UNION ALL"
                                          " SELECT (SELECT min(o.city) FROM owners o WHERE o.city > city.name)"
                                          " FROM city WHERE city.name IS NOT NULL) "
                                          "SELECT name FROM city WHERE name IS NOT NULL"));
    if (!query)
        return failure<QStringList>(query.error());
    QStringList cities;
    while (query->next())
        cities << query->value(0).toString();
    return cities;
}

// The neighbourhoods of one city, sought the same way in the second column of owners_place.
Status addNeighborhoodsInIndex(Database& database, const QString& city, QStringList& neighborhoods)
{
    // Both bound as text even when empty: a null QString binds as NULL, which matches nothing.
    const QString cityText = city.isNull() ? QStringLiteral("") : city;
    QString last = QStringLiteral("");
    for (;;) {
        auto next = Sql::scalar(database.connection(),
                                QStringLiteral("SELECT min(neighborhood) FROM owners "
                                               "WHERE city = :city AND neighborhood > :last"),
                                {{QStringLiteral(":city"), cityText}, {QStringLiteral(":last"), last}});
        if (!next)
            return failed(next.error());
        if (next->isNull())
            return {};
        last = next->toString();
        neighborhoods << last;
    }
}

} // namespace

Result<QStringList> valuesInUse(Database& database, Facet facet)
{
    auto cities = citiesInIndex(database);
    if (!cities)
        return cities;
    if (facet == Facet::City) {
        cities->removeAll(QString());
        return cities;
    }
    QStringList neighborhoods;
    for (const QString& city : *cities)
        if (Status added = addNeighborhoodsInIndex(database, city, neighborhoods); !added)
            return failure<QStringList>(added.error());
    neighborhoods.sort(); // the same name is in use in several cities
    neighborhoods.removeDuplicates();
    return neighborhoods;
}

Result<int> count(Database& database, const OwnerFilter& filter)
{
    auto n = Sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM owners o") + filter.whereClause(),
                         filter.params);
    if (!n)
        return failure<int>(n.error());
    return n->toInt();
}

} // namespace OwnerListQuery
} // namespace huellas

namespace huellas::OwnerListQuery {
namespace {

// ORDER BY per column, each key followed by the direction: an allow-list in code, never text
// from the view.
QString orderBy(OwnerListSort sort, const QString& direction)
{
    QStringList keys;
    switch (sort) {
    case OwnerListSort::Name: keys << QStringLiteral("o.sort_name"); break; // folded, indexed
    case OwnerListSort::Phone: keys << QStringLiteral("o.phone"); break;
    case OwnerListSort::Tier: keys << QStringLiteral("o.tier"); break;
    case OwnerListSort::ChurnRisk:
        keys << QStringLiteral("CASE o.churn_risk WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END");
        break;
    case OwnerListSort::Engagement: keys << QStringLiteral("o.engagement_score"); break;
    case OwnerListSort::LifetimeValue: keys << QStringLiteral("o.lifetime_value"); break;
    case OwnerListSort::LastVisit: keys << QStringLiteral("o.last_visit_date"); break;
    case OwnerListSort::Tags: keys << QStringLiteral("o.tags_text"); break;
    }
    keys << QStringLiteral("o.id");
    for (QString& key : keys)
        key += QLatin1Char(' ') + direction;
    return keys.join(QLatin1String(", "));
}

} // namespace

Result<QList<OwnerListRow>> page(Database& database, const OwnerFilter& filter, OwnerListSort sort,
                                 Qt::SortOrder order, int offset, int limit)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql = QStringLiteral(
        "SELECT o.id, trim(o.first_name || ' ' || o.last_name), o.phone, o.tier, o.churn_risk, "
        "o.engagement_score, o.lifetime_value, o.last_visit_date, o.tags_text "
        "FROM owners o%1 ORDER BY %2 LIMIT :limit OFFSET :offset")
                            .arg(filter.whereClause(), orderBy(sort, direction));
    QVariantMap params = filter.params;
    params.insert(QStringLiteral(":limit"), limit);
    params.insert(QStringLiteral(":offset"), offset);
    auto query = Sql::exec(database.connection(), sql, params);
    if (!query)
        return failure<QList<OwnerListRow>>(query.error());
    QList<OwnerListRow> rows;
    while (query->next()) {
        OwnerListRow row;
        row.id = query->value(0).toLongLong();
        row.name = query->value(1).toString();
        row.phone = query->value(2).toString();
        row.tier = query->value(3).toString();
        row.churnRisk = query->value(4).toString();
        row.engagementScore = query->value(5).toLongLong();
        row.lifetimeValue = query->value(6).toLongLong();
        row.lastVisitDate = query->value(7).toString();
        row.tags = query->value(8).toString();
        rows << row;
    }
    return rows;
}

} // namespace huellas::OwnerListQuery
