#include "FollowUpStatus.h"

namespace huellas {

FollowUpStatus followUpStatus(bool required, const QDate& date, bool completed,
                              const QDate& today)
{
    if (!required)
        return FollowUpStatus::None;
    if (completed)
        return FollowUpStatus::Done;
    if (!date.isValid())
        return FollowUpStatus::Undated;
    if (date < today)
        return FollowUpStatus::Overdue;
    return date == today ? FollowUpStatus::DueToday : FollowUpStatus::Upcoming;
}

bool needsAttention(FollowUpStatus status)
{
    return status == FollowUpStatus::Overdue || status == FollowUpStatus::DueToday ||
           status == FollowUpStatus::Undated;
}

} // namespace huellas
