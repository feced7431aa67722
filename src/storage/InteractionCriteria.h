#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace huellas {

// Which follow-ups a list is narrowed to, as of a clinic-local `today` (core/FollowUpStatus
// defines the words; storage/FollowUpSql turns each state into SQL). Pending = open, any date
// or none; Due = open and dated today or earlier; NeedsAttention = due or undated, the
// "Pendientes" list.
enum class FollowUpState
{
    Any,
    Pending,
    Due,
    Overdue,
    DueToday,
    Undated,
    NeedsAttention
};

// What the interaction log is narrowed to. Empty text and 0 ids mean "no restriction".
struct InteractionCriteria
{
    QString interactionType;
    QString direction;
    QString sentiment;
    qint64 handledBy = 0;
    qint64 ownerId = 0;
    QDate from; // clinic-local calendar dates, both inclusive; invalid = open
    QDate to;
    FollowUpState followUp = FollowUpState::Any;
    QString text; // every word must appear in the subject or the summary

    bool operator==(const InteractionCriteria&) const = default;
};

} // namespace huellas
