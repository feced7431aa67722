#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace huellas {

// Which follow-ups an interaction list is narrowed to. "Due" is what the desk must do today:
// open follow-ups dated today or earlier; "Overdue" only those dated before today.
enum class FollowUpState
{
    Any,
    Pending,
    Due,
    Overdue
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
