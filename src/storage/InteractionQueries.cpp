#include "InteractionQueries.h"

#include "Database.h"
#include "FollowUpSql.h"
#include "LikeEscape.h"
#include "RecordColumns.h"
#include "Sql.h"

#include <QStringList>

namespace huellas::InteractionQueries {
namespace {

// The columns every list reads, joined with the names people recognise.
const QString rowSelect = QStringLiteral(
    "SELECT i.id, i.owner_id, trim(o.first_name || ' ' || o.last_name), o.phone, i.created_at, "
    "i.interaction_type, i.direction, i.subject, i.summary, i.sentiment, "
    "coalesce(nullif(s.display_name, ''), s.username, ''), "
    "i.requires_follow_up, i.follow_up_date, i.follow_up_completed "
    "FROM interactions i JOIN owners o ON o.id = i.owner_id "
    "LEFT JOIN staff s ON s.id = i.handled_by");

class FilterBuilder
{
public:
    explicit FilterBuilder(const SqlDialect& dialect) : m_dialect(dialect) {}

    QString bind(const QVariant& value)
    {
        const QString name = QStringLiteral(":f%1").arg(m_filter.params.size());
        m_filter.params.insert(name, value);
        return name;
    }
    void add(const QString& condition) { m_conditions << condition; }
    void equals(const char* column, const QVariant& value)
    {
        add(QStringLiteral("i.%1 = %2").arg(QLatin1String(column), bind(value)));
    }
    void containsEveryWord(const QString& text)
    {
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString pattern = bind(escapedForLike(word));
            add(QStringLiteral("(%1 OR %2)")
                    .arg(m_dialect.containsText(QStringLiteral("i.subject"), pattern),
                         m_dialect.containsText(QStringLiteral("i.summary"), pattern)));
        }
    }
    InteractionFilter finish()
    {
        m_filter.condition = m_conditions.join(QLatin1String(" AND "));
        return m_filter;
    }

private:
    const SqlDialect& m_dialect;
    InteractionFilter m_filter;
    QStringList m_conditions;
};

// Timestamps are stored as UTC text (RecordColumns), so a local day is a half-open UTC range;
// comparing the column itself keeps the created_at index usable.
QString startOfLocalDay(const QDate& date)
{
    return LocalTime::toStorage(LocalTime::fromLocal(date, QTime(0, 0)));
}

QString where(const InteractionFilter& filter)
{
    return filter.condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filter.condition;
}

Result<QList<InteractionRow>> readRows(const Database& database, const QString& sql,
                                       const QVariantMap& params)
{
    auto query = Sql::exec(database.connection(), sql, params);
    if (!query)
        return failure<QList<InteractionRow>>(query.error());
    QList<InteractionRow> rows;
    while (query->next()) {
        InteractionRow row;
        row.id = query->value(0).toLongLong();
        row.ownerId = query->value(1).toLongLong();
        row.ownerName = query->value(2).toString();
        row.ownerPhone = query->value(3).toString();
        row.createdAt = LocalTime::fromStorage(query->value(4).toString());
        row.interactionType = query->value(5).toString();
        row.direction = query->value(6).toString();
        row.subject = query->value(7).toString();
        row.summary = query->value(8).toString();
        row.sentiment = query->value(9).toString();
        row.staffName = query->value(10).toString();
        row.requiresFollowUp = query->value(11).toInt() != 0;
        row.followUpDate = QDate::fromString(query->value(12).toString(), Qt::ISODate);
        row.followUpCompleted = query->value(13).toInt() != 0;
        rows << row;
    }
    return rows;
}

} // namespace

InteractionFilter filterFor(const SqlDialect& dialect, const InteractionCriteria& c,
                            const QDate& today)
{
    FilterBuilder b(dialect);
    if (!c.interactionType.isEmpty())
        b.equals("interaction_type", c.interactionType);
    if (!c.direction.isEmpty())
        b.equals("direction", c.direction);
    if (!c.sentiment.isEmpty())
        b.equals("sentiment", c.sentiment);
    if (c.handledBy > 0)
        b.equals("handled_by", c.handledBy);
    if (c.ownerId > 0)
        b.equals("owner_id", c.ownerId);
    if (c.from.isValid())
        b.add(QStringLiteral("i.created_at >= %1").arg(b.bind(startOfLocalDay(c.from))));
    if (c.to.isValid())
        b.add(QStringLiteral("i.created_at < %1").arg(b.bind(startOfLocalDay(c.to.addDays(1)))));
    const QString followUp = FollowUpSql::condition(
        dialect, c.followUp, [&] { return b.bind(today.toString(Qt::ISODate)); });
    if (!followUp.isEmpty())
        b.add(followUp);
    b.containsEveryWord(c.text.trimmed());
    return b.finish();
}

Result<int> count(const Database& database, const InteractionCriteria& criteria, const QDate& today)
{
    const InteractionFilter filter = filterFor(database.dialect(), criteria, today);
    auto n = Sql::scalar(database.connection(),
                         QStringLiteral("SELECT count(*) FROM interactions i") + where(filter),
                         filter.params);
    if (!n)
        return failure<int>(n.error());
    return n->toInt();
}

Result<QList<InteractionRow>> rows(const Database& database, const InteractionCriteria& criteria,
                                   int offset, int limit, const QDate& today)
{
    InteractionFilter filter = filterFor(database.dialect(), criteria, today);
    filter.params.insert(QStringLiteral(":limit"), limit);
    filter.params.insert(QStringLiteral(":offset"), offset);
    return readRows(database,
                    rowSelect + where(filter) +
                        QStringLiteral(" ORDER BY i.created_at DESC, i.id DESC "
                                       "LIMIT :limit OFFSET :offset"),
                    filter.params);
}

Result<QList<InteractionRow>> followUpsNeedingAttention(const Database& database,
                                                        const QDate& today, int limit)
{
    // Dated ones first, the most overdue at the top; then the undated, oldest first. Two reads
    // in the order of the open follow-ups' index (follow_up_date, created_at): each stops at
    // the limit instead of sorting a backlog of tens of thousands first.
    const struct
    {
        FollowUpState state;
        const char* order;
    } parts[] = {
        {FollowUpState::Due, " ORDER BY i.follow_up_date, i.created_at, i.id"},
        {FollowUpState::Undated, " ORDER BY i.created_at, i.id"},
    };
    QList<InteractionRow> listed;
    for (const auto& part : parts) {
        const int room = limit < 0 ? -1 : limit - int(listed.size());
        if (room == 0)
            break;
        InteractionCriteria criteria;
        criteria.followUp = part.state;
        InteractionFilter filter = filterFor(database.dialect(), criteria, today);
        QString order = QLatin1String(part.order);
        if (room > 0) {
            order += QStringLiteral(" LIMIT :limit");
            filter.params.insert(QStringLiteral(":limit"), room);
        }
        auto rows = readRows(database, rowSelect + where(filter) + order, filter.params);
        if (!rows)
            return rows;
        listed << *rows;
    }
    return listed;
}

int FollowUpCounts::in(FollowUpStatus group) const
{
    switch (group) {
    case FollowUpStatus::Overdue:
        return overdue;
    case FollowUpStatus::DueToday:
        return dueToday;
    case FollowUpStatus::Undated:
        return undated;
    default:
        return 0;
    }
}

Result<FollowUpCounts> followUpsNeedingAttentionCounts(const Database& database, const QDate& today)
{
    InteractionCriteria attention;
    attention.followUp = FollowUpState::NeedsAttention;
    InteractionFilter filter = filterFor(database.dialect(), attention, today);
    filter.params.insert(QStringLiteral(":today"), today.toString(Qt::ISODate));
    // One pass over the open follow-ups' index; the rest of them are undated.
    auto query = Sql::exec(database.connection(),
                           QStringLiteral("SELECT count(*), "
                                          "coalesce(sum(CASE WHEN i.follow_up_date < :today THEN 1 ELSE 0 END), 0), "
                                          "coalesce(sum(CASE WHEN i.follow_up_date = :today THEN 1 ELSE 0 END), 0) "
                                          "FROM interactions i") +
                               where(filter),
                           filter.params);
    if (!query)
        return failure<FollowUpCounts>(query.error());
    FollowUpCounts counts;
    if (query->next()) {
        counts.overdue = query->value(1).toInt();
        counts.dueToday = query->value(2).toInt();
        counts.undated = query->value(0).toInt() - counts.overdue - counts.dueToday;
    }
    return counts;
}

Result<QList<Staff>> staff(const Database& database)
{
    auto query = Sql::exec(database.connection(),
                           QStringLiteral("SELECT * FROM staff ORDER BY "
                                          "coalesce(nullif(display_name, ''), username), id"));
    if (!query)
        return failure<QList<Staff>>(query.error());
    QList<Staff> list;
    while (query->next())
        list << RecordColumns::staffFrom(query->record());
    return list;
}

} // namespace huellas::InteractionQueries
