#include "InteractionLinkQueries.h"

#include "Database.h"
#include "LikeEscape.h"
#include "RecordColumns.h"
#include "Sql.h"

#include <QStringList>

namespace huellas::InteractionLinkQueries {
namespace {

template <typename Record>
Result<QList<Record>> readAll(const Database& database, const QString& sql,
                              const QVariantMap& params, Record (*from)(const QSqlRecord&))
{
    auto query = Sql::exec(database.connection(), sql, params);
    if (!query)
        return failure<QList<Record>>(query.error());
    QList<Record> list;
    while (query->next())
        list << from(query->record());
    return list;
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

} // namespace

Result<LinkableActivity> linkableActivityOf(const Database& database, qint64 ownerId,
                                            int recentLimit)
{
    // The tables come from this list in code; only the owner and the limit are bound.
    const QVariantMap params{{QStringLiteral(":o"), ownerId},
                             {QStringLiteral(":limit"), recentLimit}};
    const auto recent = [](const char* table, const char* timeColumn) {
        return QStringLiteral("SELECT * FROM %1 WHERE owner_id = :o ORDER BY %2 DESC, id DESC "
                              "LIMIT :limit")
            .arg(QLatin1String(table), QLatin1String(timeColumn));
    };
    LinkableActivity activity;
    auto pets =
        readAll(database, QStringLiteral("SELECT * FROM pets WHERE owner_id = :o ORDER BY name"),
                {{QStringLiteral(":o"), ownerId}}, &RecordColumns::petFrom);
    if (!pets)
        return failure<LinkableActivity>(pets.error());
    activity.pets = *pets;
    auto appointments = readAll(database, recent("appointments", "scheduled_at"), params,
                                &RecordColumns::appointmentFrom);
    if (!appointments)
        return failure<LinkableActivity>(appointments.error());
    activity.appointments = *appointments;
    auto orders =
        readAll(database, recent("orders", "ordered_at"), params, &RecordColumns::orderFrom);
    if (!orders)
        return failure<LinkableActivity>(orders.error());
    activity.orders = *orders;
    auto conversations = readAll(database, recent("conversations", "started_at"), params,
                                 &RecordColumns::conversationFrom);
    if (!conversations)
        return failure<LinkableActivity>(conversations.error());
    activity.conversations = *conversations;
    return activity;
}

Result<QList<Owner>> ownersMatching(const Database& database, const QString& text, int limit)
{
    QVariantMap params{{QStringLiteral(":limit"), limit}};
    QStringList conditions;
    const QString digits = digitsOf(text);
    // A search that is mostly digits is a phone number typed in any format.
    if (digits.size() >= 3 && digits.size() * 2 >= text.trimmed().size()) {
        params.insert(QStringLiteral(":digits"), digits);
        conditions << QStringLiteral("(%1 OR %2)")
                          .arg(database.dialect().containsText(QStringLiteral("phone"),
                                                               QStringLiteral(":digits")),
                               database.dialect().containsText(QStringLiteral("whatsapp"),
                                                               QStringLiteral(":digits")));
    } else {
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString name = QStringLiteral(":w%1").arg(conditions.size());
            params.insert(name, escapedForLike(word));
            conditions << database.dialect().containsText(
                QStringLiteral("(first_name || ' ' || last_name)"), name);
        }
    }
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return readAll(database,
                   QStringLiteral("SELECT %1 FROM owners o")
                           .arg(RecordColumns::ownerColumns(database.dialect(), QStringLiteral("o"))) +
                       where +
                       QStringLiteral(" ORDER BY %1, %2, id LIMIT :limit")
                           .arg(database.dialect().caseInsensitiveOrder(QStringLiteral("first_name")),
                                database.dialect().caseInsensitiveOrder(QStringLiteral("last_name"))),
                   params, &RecordColumns::ownerFrom);
}

} // namespace huellas::InteractionLinkQueries
