#pragma once

#include "InteractionCriteria.h"
#include "InteractionRow.h"
#include "core/FollowUpStatus.h"
#include "core/LocalTime.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QList>
#include <QVariantMap>

namespace huellas {

class Database;
class SqlDialect;

// A condition on the interactions table aliased "i": SQL text from code, every value bound.
// An empty condition selects every interaction.
struct InteractionFilter
{
    QString condition;
    QVariantMap params;
};

// The reads behind the interaction log, the follow-ups list and the desk's badge. Writes go
// through ActivityRepository, which keeps the owners' metrics current.
namespace InteractionQueries {

// `today` decides what is due or overdue (clinic-local date).
InteractionFilter filterFor(const SqlDialect& dialect, const InteractionCriteria& criteria,
                            const QDate& today);

Result<int> count(const Database& database, const InteractionCriteria& criteria,
                  const QDate& today = LocalTime::today());
// Newest first, `limit` rows from `offset`.
Result<QList<InteractionRow>> rows(const Database& database, const InteractionCriteria& criteria,
                                   int offset, int limit, const QDate& today = LocalTime::today());

// What the desk must attend to (FollowUpState::NeedsAttention): open follow-ups dated today
// or earlier, the most overdue first, then the undated ones, oldest first; at most `limit`
// (-1: all).
Result<QList<InteractionRow>> followUpsNeedingAttention(const Database& database,
                                                        const QDate& today = LocalTime::today(),
                                                        int limit = -1);
// How many followUpsNeedingAttention() there are in each of their groups: the "Pendientes hoy"
// badge and the list's headers count them all, however few of them a list reads.
struct FollowUpCounts
{
    int overdue = 0;
    int dueToday = 0;
    int undated = 0;

    int total() const { return overdue + dueToday + undated; }
    int in(FollowUpStatus group) const;
};
Result<FollowUpCounts> followUpsNeedingAttentionCounts(const Database& database,
                                                       const QDate& today = LocalTime::today());

// Every staff member, active or not (old interactions name people who have left), by name.
Result<QList<Staff>> staff(const Database& database);

} // namespace InteractionQueries
} // namespace huellas
