#pragma once

#include "DemoCalendar.h"
#include "DemoHousehold.h"
#include "DemoInteractionFactory.h"
#include "DemoRandom.h"
#include "DemoWords.h"

namespace huellas {

// Fills a household's three years: appointments with their invoices and visits, store orders,
// conversations, and the calls, messages, reviews and complaints in between. How much happens
// follows the owner's tier, activity and the time they have been a client; lapsed owners stop.
class DemoHistoryFactory final
{
public:
    DemoHistoryFactory(const DemoWords& words, DemoRandom& random, DemoCalendar& calendar,
                       DemoIds& ids, DemoInteractionFactory& interactions)
        : m_words(words), m_random(random), m_calendar(calendar), m_ids(ids),
          m_interactions(interactions)
    {
    }

    void addHistory(DemoHousehold& household);

private:
    int occurrences(const DemoHousehold& household, int timesPerHundredYears, const QDate& from,
                    const QDate& to);
    QDateTime momentOn(const DemoHousehold& household, const QDate& date, bool appointment);
    const Pet* livePetOn(const DemoHousehold& household, const QDate& date);

    void addAppointments(DemoHousehold& household, size_t petIndex);
    void addAppointment(DemoHousehold& household, size_t petIndex, const QDateTime& when,
                        const QString& status);
    void addAppointmentContacts(DemoHousehold& household, const Appointment& appointment,
                                const DemoContext& context);
    void addInvoice(DemoHousehold& household, const Appointment& appointment,
                    const DemoReason& reason);
    void addOrders(DemoHousehold& household);
    void addConversations(DemoHousehold& household);
    void addOccasionalContacts(DemoHousehold& household);
    void addOneOffContacts(DemoHousehold& household);

    const DemoWords& m_words;
    DemoRandom& m_random;
    DemoCalendar& m_calendar;
    DemoIds& m_ids;
    DemoInteractionFactory& m_interactions;
};

} // namespace huellas
