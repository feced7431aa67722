#pragma once

#include "core/FollowUpStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace huellas {

// One line of the interaction log or of the follow-ups list: the interaction with the names
// the desk reads instead of ids.
struct InteractionRow
{
    qint64 id = 0;
    qint64 ownerId = 0;
    QString ownerName;
    QString ownerPhone;  // as stored (E.164 when it could be read)
    QDateTime createdAt; // UTC
    QString interactionType;
    QString direction;
    QString subject;
    QString summary;
    QString sentiment;
    QString staffName; // display name, else username; empty when nobody is recorded
    bool requiresFollowUp = false;
    QDate followUpDate;
    bool followUpCompleted = false;

    FollowUpStatus followUpStatus(const QDate& today) const
    {
        return huellas::followUpStatus(requiresFollowUp, followUpDate, followUpCompleted, today);
    }
    bool isOverdue(const QDate& today) const
    {
        return followUpStatus(today) == FollowUpStatus::Overdue;
    }
};

} // namespace huellas
