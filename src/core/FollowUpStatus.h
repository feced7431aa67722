#pragma once

#include <QDate>

namespace huellas {

// Where an interaction's follow-up stands on a clinic-local day. A follow-up is *open* while
// it is required and not completed; an open one is overdue (dated before today), due today,
// upcoming (dated later) or undated — the old system allowed a follow-up with no date, and
// "sin fecha" is a real answer at the desk. storage/FollowUpSql writes the same definition in
// SQL; docs/METRICS.md ("Follow-ups") explains it.
enum class FollowUpStatus
{
    None, // no follow-up required
    Done,
    Overdue,
    DueToday,
    Undated,
    Upcoming
};

FollowUpStatus followUpStatus(bool required, const QDate& date, bool completed,
                              const QDate& today);

// The follow-ups the desk must attend to now — what "Pendientes" lists and its badge counts:
// overdue, due today and undated ones.
bool needsAttention(FollowUpStatus status);

} // namespace huellas
