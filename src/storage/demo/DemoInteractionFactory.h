#pragma once

#include "DemoCalendar.h"
#include "DemoHousehold.h"
#include "DemoRandom.h"
#include "DemoWords.h"
#include "core/Result.h"

#include <QList>

#include <utility>

namespace huellas {

// The situations an interaction is written for; each has its texts in interaction_texts.txt.
enum class DemoKind
{
    VisitAppointment,
    VisitStore,
    CallInBooking,
    CallInQuestion,
    CallOutReminder,
    CallOutAftercare,
    CallOutWinBack,
    SmsReminder,
    SmsPromo,
    EmailPromo,
    EmailThread,
    WhatsAppThread,
    AiChatThread,
    Review,
    Complaint,
    Feedback,
    Referral,
    FollowUpDue, // a task the desk promised to do today
};

struct DemoStaffIds
{
    QList<qint64> reception;
    qint64 manager = 0;
    qint64 admin = 0;
};

// What an interaction mentions and links to.
struct DemoContext
{
    const Pet* pet = nullptr;
    qint64 appointmentId = 0;
    qint64 orderId = 0;
    qint64 conversationId = 0;
    QString reason;
    QString topic;
    QString referee;
    QString orderNumber;
};

// Writes interactions from the Spanish texts: type, direction, sentiment, who handled it and
// whether it asks for a follow-up (due, overdue or done, as of `today`).
class DemoInteractionFactory final
{
public:
    DemoInteractionFactory(const DemoWords& words, DemoRandom& random, DemoCalendar& calendar,
                           DemoIds& ids, DemoStaffIds staff)
        : m_words(words), m_random(random), m_calendar(calendar), m_ids(ids),
          m_staff(std::move(staff))
    {
    }

    // Every kind must have at least one text.
    static Status checkTexts(const DemoWords& words);

    // Adds the interaction to the household, or nothing when `when` lies after today: the demo
    // has no history in the future.
    void add(DemoHousehold& household, DemoKind kind, const QDateTime& when,
             const DemoContext& context = {});
    // Notes on the referrer's record that the household's owner came on their recommendation.
    void addReferral(DemoHousehold& household, const DemoReferrer& referrer);

private:
    Interaction make(qint64 ownerId, const QDateTime& ownerCreatedAt, DemoKind kind,
                     const QDateTime& when, const DemoContext& context);
    QString filled(QString text, const DemoContext& context) const;
    void decideFollowUp(Interaction& interaction, DemoKind kind);
    qint64 handlerOf(DemoKind kind, const QString& type);
    qint64 receptionist();

    const DemoWords& m_words;
    DemoRandom& m_random;
    DemoCalendar& m_calendar;
    DemoIds& m_ids;
    DemoStaffIds m_staff;
};

} // namespace huellas
