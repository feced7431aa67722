#include "DemoHistoryFactory.h"

#include "core/LocalTime.h"

namespace huellas {
namespace {

const QString completed = QStringLiteral("completed");

// Yearly rates are in hundredths (350 = 3.5 a year), by tier: new, regular, vip, professional.
int byTier(const Owner& owner, int fresh, int regular, int vip, int professional)
{
    if (owner.tier == QLatin1String("regular"))
        return regular;
    if (owner.tier == QLatin1String("vip"))
        return vip;
    if (owner.tier == QLatin1String("professional"))
        return professional;
    return fresh;
}

QString numbered(const char* series, qint64 id)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(series)).arg(id, 6, 10, QLatin1Char('0'));
}

} // namespace

void DemoHistoryFactory::addHistory(DemoHousehold& household)
{
    for (size_t i = 0; i < household.pets.size(); ++i)
        addAppointments(household, i);
    addOrders(household);
    addConversations(household);
    addOccasionalContacts(household);
    addOneOffContacts(household);
}

int DemoHistoryFactory::occurrences(const DemoHousehold& household, int timesPerHundredYears,
                                    const QDate& from, const QDate& to)
{
    if (from > to)
        return 0;
    // Expected count in hundredths; the fraction becomes one more with that chance.
    const qint64 expected =
        qint64(timesPerHundredYears) * (from.daysTo(to) + 1) * household.activityPercent / 36500;
    return int(expected / 100) + (qint64(m_random.below(100)) < expected % 100 ? 1 : 0);
}

QDateTime DemoHistoryFactory::momentOn(const DemoHousehold& household, const QDate& date,
                                       bool appointment)
{
    // On the day they joined, everything happens after the desk registered them.
    if (date == household.joined)
        return m_calendar.minutesAfter(household.owner.createdAt, 10, 120);
    return appointment ? m_calendar.appointmentSlot(date) : m_calendar.openingHours(date);
}

const Pet* DemoHistoryFactory::livePetOn(const DemoHousehold& household, const QDate& date)
{
    std::vector<const Pet*> alive;
    for (size_t i = 0; i < household.pets.size(); ++i)
        if (household.petLives[i].arrived <= date && date <= household.petLives[i].lastSeen)
            alive.push_back(&household.pets[i]);
    return alive.empty() ? nullptr : alive[size_t(m_random.below(alive.size()))];
}

void DemoHistoryFactory::addAppointments(DemoHousehold& household, size_t petIndex)
{
    const QDate& today = m_calendar.today();
    const DemoPetLife life = household.petLives[petIndex];
    // The visit that made them a client: registered at the desk, then seen.
    if (petIndex == 0 && life.arrived == household.joined && m_random.percent(70))
        addAppointment(household, petIndex, momentOn(household, household.joined, true), completed);
    const QDate last = std::min(household.activeUntil, life.lastSeen);
    const int rate = byTier(household.owner, 300, 350, 500, 400);
    for (const QDate& day : m_calendar.sortedDaysBetween(
             occurrences(household, rate, life.arrived, last), life.arrived, last)) {
        static const QStringList pastStatuses{completed, QStringLiteral("cancelled"),
                                              QStringLiteral("no_show")};
        QString status = pastStatuses.at(m_random.weighted({82, 9, 9}));
        if (day == today && status == completed && m_random.percent(50))
            status = QStringLiteral("scheduled"); // later today
        addAppointment(household, petIndex, momentOn(household, day, true), status);
    }
    if (!household.lapsed && !household.pets[petIndex].deceased && m_random.percent(25)) {
        const QDate day = today.addDays(m_random.between(1, DemoCalendar::daysAhead));
        const bool cancelled = m_random.percent(10);
        addAppointment(household, petIndex, m_calendar.appointmentSlot(day),
                       cancelled ? QStringLiteral("cancelled") : QStringLiteral("scheduled"));
    }
}

void DemoHistoryFactory::addAppointment(DemoHousehold& household, size_t petIndex,
                                        const QDateTime& when, const QString& status)
{
    const Pet& pet = household.pets[petIndex];
    const QList<DemoReason> reasons = m_words.reasons.value(pet.species);
    const DemoReason reason = reasons.at(qsizetype(m_random.below(quint64(reasons.size()))));
    Appointment appointment;
    appointment.id = m_ids.appointment++;
    appointment.ownerId = household.owner.id;
    appointment.petId = pet.id;
    appointment.scheduledAt = when;
    appointment.status = status;
    appointment.reason = reason.text;
    household.appointments.push_back(appointment);

    DemoContext context;
    context.pet = &pet;
    context.appointmentId = appointment.id;
    context.reason = reason.text;
    if (status == completed) {
        if (m_random.percent(85))
            addInvoice(household, appointment, reason);
        if (m_random.percent(55))
            m_interactions.add(household, DemoKind::VisitAppointment,
                               m_calendar.minutesAfter(when, 0, 15), context);
        if (m_random.percent(12))
            m_interactions.add(household, DemoKind::CallOutAftercare,
                               m_calendar.minutesAfter(when, 20 * 60, 3 * 24 * 60), context);
    }
    addAppointmentContacts(household, appointment, context);
}

void DemoHistoryFactory::addAppointmentContacts(DemoHousehold& household,
                                                const Appointment& appointment,
                                                const DemoContext& context)
{
    const QDate day = LocalTime::dateOf(appointment.scheduledAt);
    if (m_random.percent(25)) {
        const QDateTime booked = m_calendar.openingHours(day.addDays(-m_random.between(1, 10)));
        if (booked > household.owner.createdAt)
            m_interactions.add(household, DemoKind::CallInBooking, booked, context);
    }
    if (m_random.percent(household.owner.smsOptIn ? 45 : 10)) {
        const QDateTime reminder =
            DemoCalendar::localTime(day.addDays(-1), m_random.between(10 * 60, 12 * 60));
        if (reminder > household.owner.createdAt)
            m_interactions.add(household, DemoKind::SmsReminder, reminder, context);
    }
}

void DemoHistoryFactory::addInvoice(DemoHousehold& household, const Appointment& appointment,
                                    const DemoReason& reason)
{
    Invoice invoice;
    invoice.id = m_ids.invoice++;
    invoice.ownerId = household.owner.id;
    invoice.number = numbered("A", invoice.id); // CFDI series A
    invoice.issuedAt = m_calendar.minutesAfter(appointment.scheduledAt, 20, 90);
    // Clinic prices end in tens of pesos, a few in 50 centavos.
    const int pesos = m_random.between(reason.lowestPesos / 10, reason.highestPesos / 10) * 10;
    invoice.total = qint64(pesos) * 100 + (m_random.percent(15) ? 50 : 0);
    static const QStringList statuses{QStringLiteral("paid"), QStringLiteral("issued"),
                                      QStringLiteral("draft"), QStringLiteral("void")};
    const bool recent = LocalTime::dateOf(invoice.issuedAt).daysTo(m_calendar.today()) < 7;
    invoice.status =
        statuses.at(recent ? m_random.weighted({60, 30, 10, 0}) : m_random.weighted({88, 4, 3, 5}));
    household.invoices.push_back(invoice);
}

void DemoHistoryFactory::addOrders(DemoHousehold& household)
{
    const Owner& owner = household.owner;
    const bool professional = owner.tier == QLatin1String("professional");
    const int rate = byTier(owner, 200, 350, 800, 1200);
    const int count = occurrences(household, rate, household.joined, household.activeUntil);
    for (const QDate& day :
         m_calendar.sortedDaysBetween(count, household.joined, household.activeUntil)) {
        Order order;
        order.id = m_ids.order++;
        order.ownerId = owner.id;
        order.number = numbered("T", order.id);
        order.orderedAt = momentOn(household, day, false);
        // A bag of treats, a month of food, or a breeder's bulk purchase.
        static constexpr int bands[][2] = {{80, 450}, {450, 1500}, {1500, 4500}};
        const auto& band =
            bands[professional ? m_random.weighted({20, 40, 40}) : m_random.weighted({50, 35, 15})];
        const int pesos = m_random.between(band[0], band[1] - 1);
        static constexpr int cents[] = {0, 50, 90};
        order.total = qint64(pesos) * 100 + cents[m_random.weighted({50, 25, 25})];
        static const QStringList statuses{QStringLiteral("paid"), QStringLiteral("pending"),
                                          QStringLiteral("refunded"), QStringLiteral("cancelled")};
        const bool recent = day.daysTo(m_calendar.today()) < 3;
        order.paymentStatus = statuses.at(recent ? m_random.weighted({60, 40, 0, 0})
                                                 : m_random.weighted({86, 3, 5, 6}));
        household.orders.push_back(order);

        if (m_random.percent(35)) {
            DemoContext context;
            context.orderId = order.id;
            context.orderNumber = order.number;
            context.pet = livePetOn(household, day);
            m_interactions.add(household, DemoKind::VisitStore, order.orderedAt, context);
        }
    }
}

void DemoHistoryFactory::addConversations(DemoHousehold& household)
{
    const Owner& owner = household.owner;
    const int count = occurrences(household, 150, household.joined, household.activeUntil);
    for (const QDate& day :
         m_calendar.sortedDaysBetween(count, household.joined, household.activeUntil)) {
        static const QStringList channels{QStringLiteral("whatsapp"), QStringLiteral("ai_chat"),
                                          QStringLiteral("email")};
        int channel = m_random.weighted({60, 25, 15});
        if (channel == 2 && owner.email.isEmpty())
            channel = 0;
        Conversation conversation;
        conversation.id = m_ids.conversation++;
        conversation.ownerId = owner.id;
        conversation.channel = channels.at(channel);
        conversation.startedAt = momentOn(household, day, false);
        conversation.subject =
            m_random.pick(m_words.conversationSubjects.value(conversation.channel));
        household.conversations.push_back(conversation);

        static constexpr DemoKind threadKinds[] = {DemoKind::WhatsAppThread, DemoKind::AiChatThread,
                                                   DemoKind::EmailThread};
        DemoContext context;
        context.conversationId = conversation.id;
        context.topic = conversation.subject;
        context.pet = livePetOn(household, day);
        QDateTime when = conversation.startedAt;
        for (int message = m_random.between(1, 3); message > 0; --message) {
            m_interactions.add(household, threadKinds[channel], when, context);
            when = m_calendar.minutesAfter(when, 5, 36 * 60);
        }
    }
}

// Contacts that recur while someone is a client, and campaigns that reach them even after.
void DemoHistoryFactory::addOccasionalContacts(DemoHousehold& household)
{
    const QDate& joined = household.joined;
    const QDate& until = household.activeUntil;
    const QDate& today = m_calendar.today();
    const auto addEach = [&](DemoKind kind, int rate, const QDate& last) {
        for (const QDate& day : m_calendar.sortedDaysBetween(
                 occurrences(household, rate, joined, last), joined, last)) {
            DemoContext context;
            context.pet = livePetOn(household, day);
            m_interactions.add(household, kind, momentOn(household, day, false), context);
        }
    };
    addEach(DemoKind::CallInQuestion, 60, until);
    addEach(DemoKind::CallOutReminder, 50, until);
    if (household.owner.smsOptIn)
        addEach(DemoKind::SmsPromo, 100, today);
    if (household.owner.emailOptIn)
        addEach(DemoKind::EmailPromo, 150, today);
}

// What happens once or never: a review, a complaint, a survey, a call to win them back, and
// the calls the desk promised to make today.
void DemoHistoryFactory::addOneOffContacts(DemoHousehold& household)
{
    const QDate& joined = household.joined;
    const QDate& today = m_calendar.today();
    const auto addOnce = [&](DemoKind kind, const QDate& from, const QDate& to) {
        const QDate day = m_calendar.dayBetween(from, to);
        DemoContext context;
        context.pet = livePetOn(household, day);
        m_interactions.add(household, kind, momentOn(household, day, false), context);
    };
    if (m_random.percent(20))
        addOnce(DemoKind::Review, joined, household.activeUntil);
    if (m_random.percent(6))
        addOnce(DemoKind::Complaint, joined, household.activeUntil);
    if (m_random.percent(15))
        addOnce(DemoKind::Feedback, joined, household.activeUntil);
    const QDate winBackFrom = household.activeUntil.addDays(90);
    if (household.lapsed && winBackFrom <= today && m_random.percent(45))
        addOnce(DemoKind::CallOutWinBack, winBackFrom, today);
    if (!household.lapsed && joined < today && m_random.percent(3))
        addOnce(DemoKind::FollowUpDue, std::max(joined, today.addDays(-7)), today.addDays(-1));
}

} // namespace huellas
