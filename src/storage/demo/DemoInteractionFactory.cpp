#include "DemoInteractionFactory.h"

#include "core/LocalTime.h"

#include <QCoreApplication>

#include <array>

namespace huellas {
namespace {

struct KindInfo
{
    DemoKind kind;
    const char* textKey; // in interaction_texts.txt
    const char* type;    // nullptr: call_in or call_out by the text's direction
    int followUpPercent;
};

constexpr std::array kinds{
    KindInfo{DemoKind::VisitAppointment, "visit_appointment", "visit", 3},
    KindInfo{DemoKind::VisitStore, "visit_store", "visit", 2},
    KindInfo{DemoKind::CallInBooking, "call_in_booking", "call_in", 5},
    KindInfo{DemoKind::CallInQuestion, "call_in_question", "call_in", 15},
    KindInfo{DemoKind::CallOutReminder, "call_out_reminder", "call_out", 20},
    KindInfo{DemoKind::CallOutAftercare, "call_out_aftercare", "call_out", 30},
    KindInfo{DemoKind::CallOutWinBack, "call_out_winback", "call_out", 25},
    KindInfo{DemoKind::SmsReminder, "sms_reminder", "sms", 0},
    KindInfo{DemoKind::SmsPromo, "sms_promo", "sms", 0},
    KindInfo{DemoKind::EmailPromo, "email_promo", "email", 0},
    KindInfo{DemoKind::EmailThread, "email_thread", "email", 10},
    KindInfo{DemoKind::WhatsAppThread, "whatsapp_thread", "whatsapp", 12},
    KindInfo{DemoKind::AiChatThread, "ai_chat_thread", "ai_chat", 12},
    KindInfo{DemoKind::Review, "review", "review", 10},
    KindInfo{DemoKind::Complaint, "complaint", "complaint", 85},
    KindInfo{DemoKind::Feedback, "feedback", "feedback", 20},
    KindInfo{DemoKind::Referral, "referral", "referral", 5},
    KindInfo{DemoKind::FollowUpDue, "followup_due", nullptr, 0},
};

const KindInfo& info(DemoKind kind)
{
    const KindInfo& found = kinds[size_t(kind)];
    Q_ASSERT(found.kind == kind);
    return found;
}

} // namespace

Status DemoInteractionFactory::checkTexts(const DemoWords& words)
{
    for (const KindInfo& kind : kinds) {
        const QString key = QLatin1String(kind.textKey);
        if (words.interactionTexts.value(key).isEmpty())
            return failed(
                QCoreApplication::translate("DemoData", "The demo texts have no entry for %1.")
                    .arg(key));
    }
    return {};
}

void DemoInteractionFactory::add(DemoHousehold& household, DemoKind kind, const QDateTime& when,
                                 const DemoContext& context)
{
    if (LocalTime::dateOf(when) > m_calendar.today())
        return;
    const Owner& owner = household.owner;
    household.interactions.push_back(make(owner.id, owner.createdAt, kind, when, context));
}

void DemoInteractionFactory::addReferral(DemoHousehold& household, const DemoReferrer& referrer)
{
    DemoContext context;
    context.referee = household.owner.displayName();
    const QDateTime when = m_calendar.minutesAfter(household.owner.createdAt, 5, 60);
    household.interactions.push_back(
        make(referrer.id, referrer.createdAt, DemoKind::Referral, when, context));
}

Interaction DemoInteractionFactory::make(qint64 ownerId, const QDateTime& ownerCreatedAt,
                                         DemoKind kind, const QDateTime& when,
                                         const DemoContext& context)
{
    const KindInfo& k = info(kind);
    const QList<DemoInteractionText>& texts = m_words.interactionTexts[QLatin1String(k.textKey)];
    const DemoInteractionText& text = texts.at(qsizetype(m_random.below(quint64(texts.size()))));
    Interaction i;
    i.id = m_ids.interaction++;
    i.ownerId = ownerId;
    i.direction = text.direction;
    if (k.type)
        i.interactionType = QLatin1String(k.type);
    else
        i.interactionType = text.direction == QLatin1String("inbound") ? QStringLiteral("call_in")
                                                                       : QStringLiteral("call_out");
    i.subject = filled(text.subject, context);
    i.summary = filled(text.summary, context);
    i.outcome = filled(text.outcome, context);
    i.sentiment = text.sentiment;
    i.petId = context.pet ? context.pet->id : 0;
    i.appointmentId = context.appointmentId;
    i.orderId = context.orderId;
    i.conversationId = context.conversationId;
    i.handledBy = handlerOf(kind, i.interactionType);
    // Nothing is noted about an owner before the owner was registered.
    i.createdAt = when > ownerCreatedAt ? when : m_calendar.minutesAfter(ownerCreatedAt, 1, 30);
    decideFollowUp(i, kind);
    return i;
}

QString DemoInteractionFactory::filled(QString text, const DemoContext& context) const
{
    const auto fill = [&text](const char* placeholder, const QString& value, const char* fallback) {
        if (text.contains(QLatin1String(placeholder)))
            text.replace(QLatin1String(placeholder),
                         value.isEmpty() ? QString::fromUtf8(fallback) : value);
    };
    fill("{pet}", context.pet ? context.pet->name : QString(), "su mascota");
    QString reason = context.reason; // mid-sentence, but "VIF" stays upper case
    if (!reason.isEmpty())
        reason[0] = reason[0].toLower();
    fill("{reason}", reason, "consulta");
    fill("{topic}", context.topic, "su consulta");
    fill("{referee}", context.referee, "un amigo");
    fill("{order}", context.orderNumber, "sin número");
    // A reason that opens the sentence keeps its capital: "Vacuna antirrábica de Luna".
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

void DemoInteractionFactory::decideFollowUp(Interaction& interaction, DemoKind kind)
{
    const QDate& today = m_calendar.today();
    if (kind == DemoKind::FollowUpDue) {
        interaction.requiresFollowUp = true;
        interaction.followUpDate = today;
        return;
    }
    if (!m_random.percent(info(kind).followUpPercent))
        return;
    interaction.requiresFollowUp = true;
    interaction.followUpDate =
        LocalTime::dateOf(interaction.createdAt).addDays(m_random.between(1, 10));
    // Old promises were all kept; of the last month's, some are still the overdue list the desk
    // has to work through today (a clinic does not carry two years of forgotten calls).
    const qint64 daysAgo = interaction.followUpDate.daysTo(today);
    interaction.followUpCompleted =
        daysAgo > 30 ? true : daysAgo > 0 ? m_random.percent(70) : m_random.percent(5);
    // About one follow-up in eight has no date, as in the old web system's exports.
    if (m_random.percent(12))
        interaction.followUpDate = QDate();
}

qint64 DemoInteractionFactory::handlerOf(DemoKind kind, const QString& type)
{
    if (kind == DemoKind::SmsPromo || kind == DemoKind::EmailPromo)
        return m_staff.admin; // campaigns are sent from the office
    if (type == QLatin1String("complaint"))
        return m_random.percent(70) ? m_staff.manager : receptionist();
    if (type == QLatin1String("review"))
        return m_random.percent(50) ? m_staff.manager : receptionist();
    if (type == QLatin1String("ai_chat"))
        return m_random.percent(60) ? 0 : receptionist(); // the assistant answered on its own
    return m_random.percent(8) ? m_staff.manager : receptionist();
}

qint64 DemoInteractionFactory::receptionist()
{
    if (m_staff.reception.isEmpty())
        return m_staff.manager;
    return m_staff.reception.at(qsizetype(m_random.below(quint64(m_staff.reception.size()))));
}

} // namespace huellas
