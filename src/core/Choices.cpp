#include "Choices.h"

#include <QCoreApplication>

#include <array>

namespace huellas {
namespace {

// Each list is its own translation context: "Other" or "Paid" need different Spanish genders.
constexpr std::array acquisitionSources{
    Choice{"referral", QT_TRANSLATE_NOOP("acquisition_source", "Referral")},
    Choice{"google", QT_TRANSLATE_NOOP("acquisition_source", "Google")},
    Choice{"facebook", QT_TRANSLATE_NOOP("acquisition_source", "Facebook")},
    Choice{"instagram", QT_TRANSLATE_NOOP("acquisition_source", "Instagram")},
    Choice{"walk_in", QT_TRANSLATE_NOOP("acquisition_source", "Walk-in")},
    Choice{"event", QT_TRANSLATE_NOOP("acquisition_source", "Event")},
    Choice{"other", QT_TRANSLATE_NOOP("acquisition_source", "Other")},
};
constexpr std::array tiers{
    Choice{"new", QT_TRANSLATE_NOOP("tier", "New")},
    Choice{"regular", QT_TRANSLATE_NOOP("tier", "Regular")},
    Choice{"vip", QT_TRANSLATE_NOOP("tier", "VIP")},
    Choice{"professional", QT_TRANSLATE_NOOP("tier", "Professional")},
};
constexpr std::array churnRisks{
    Choice{"low", QT_TRANSLATE_NOOP("churn_risk", "Low")},
    Choice{"medium", QT_TRANSLATE_NOOP("churn_risk", "Medium")},
    Choice{"high", QT_TRANSLATE_NOOP("churn_risk", "High")},
};
constexpr std::array interactionTypes{
    Choice{"visit", QT_TRANSLATE_NOOP("interaction_type", "Visit")},
    Choice{"call_in", QT_TRANSLATE_NOOP("interaction_type", "Incoming call")},
    Choice{"call_out", QT_TRANSLATE_NOOP("interaction_type", "Outgoing call")},
    Choice{"email", QT_TRANSLATE_NOOP("interaction_type", "Email")},
    Choice{"whatsapp", QT_TRANSLATE_NOOP("interaction_type", "WhatsApp")},
    Choice{"sms", QT_TRANSLATE_NOOP("interaction_type", "SMS")},
    Choice{"ai_chat", QT_TRANSLATE_NOOP("interaction_type", "AI chat")},
    Choice{"review", QT_TRANSLATE_NOOP("interaction_type", "Review")},
    Choice{"complaint", QT_TRANSLATE_NOOP("interaction_type", "Complaint")},
    Choice{"feedback", QT_TRANSLATE_NOOP("interaction_type", "Feedback")},
    Choice{"referral", QT_TRANSLATE_NOOP("interaction_type", "Client referral")},
};
constexpr std::array directions{
    Choice{"inbound", QT_TRANSLATE_NOOP("direction", "Inbound")},
    Choice{"outbound", QT_TRANSLATE_NOOP("direction", "Outbound")},
};
constexpr std::array sentiments{
    Choice{"positive", QT_TRANSLATE_NOOP("sentiment", "Positive")},
    Choice{"neutral", QT_TRANSLATE_NOOP("sentiment", "Neutral")},
    Choice{"negative", QT_TRANSLATE_NOOP("sentiment", "Negative")},
};
constexpr std::array contactTimes{
    Choice{"morning", QT_TRANSLATE_NOOP("contact_time", "Morning")},
    Choice{"afternoon", QT_TRANSLATE_NOOP("contact_time", "Afternoon")},
    Choice{"evening", QT_TRANSLATE_NOOP("contact_time", "Evening")},
};
constexpr std::array species{
    Choice{"dog", QT_TRANSLATE_NOOP("species", "Dog")},
    Choice{"cat", QT_TRANSLATE_NOOP("species", "Cat")},
    Choice{"bird", QT_TRANSLATE_NOOP("species", "Bird")},
    Choice{"rabbit", QT_TRANSLATE_NOOP("species", "Rabbit")},
    Choice{"rodent", QT_TRANSLATE_NOOP("species", "Rodent")},
    Choice{"reptile", QT_TRANSLATE_NOOP("species", "Reptile")},
    Choice{"other", QT_TRANSLATE_NOOP("species", "Other")},
};
constexpr std::array petSexes{
    Choice{"M", QT_TRANSLATE_NOOP("pet_sex", "Male")},
    Choice{"F", QT_TRANSLATE_NOOP("pet_sex", "Female")},
};
constexpr std::array appointmentStatuses{
    Choice{"scheduled", QT_TRANSLATE_NOOP("appointment_status", "Scheduled")},
    Choice{"completed", QT_TRANSLATE_NOOP("appointment_status", "Completed")},
    Choice{"cancelled", QT_TRANSLATE_NOOP("appointment_status", "Cancelled")},
    Choice{"no_show", QT_TRANSLATE_NOOP("appointment_status", "No-show")},
};
constexpr std::array paymentStatuses{
    Choice{"pending", QT_TRANSLATE_NOOP("payment_status", "Pending")},
    Choice{"paid", QT_TRANSLATE_NOOP("payment_status", "Paid")},
    Choice{"refunded", QT_TRANSLATE_NOOP("payment_status", "Refunded")},
    Choice{"cancelled", QT_TRANSLATE_NOOP("payment_status", "Cancelled")},
};
constexpr std::array invoiceStatuses{
    Choice{"draft", QT_TRANSLATE_NOOP("invoice_status", "Draft")},
    Choice{"issued", QT_TRANSLATE_NOOP("invoice_status", "Issued")},
    Choice{"paid", QT_TRANSLATE_NOOP("invoice_status", "Paid")},
    Choice{"void", QT_TRANSLATE_NOOP("invoice_status", "Void")},
};
constexpr std::array conversationChannels{
    Choice{"whatsapp", QT_TRANSLATE_NOOP("conversation_channel", "WhatsApp")},
    Choice{"ai_chat", QT_TRANSLATE_NOOP("conversation_channel", "AI chat")},
    Choice{"email", QT_TRANSLATE_NOOP("conversation_channel", "Email")},
};
constexpr std::array staffRoles{
    Choice{"reception", QT_TRANSLATE_NOOP("staff_role", "Reception")},
    Choice{"manager", QT_TRANSLATE_NOOP("staff_role", "Manager")},
    Choice{"admin", QT_TRANSLATE_NOOP("staff_role", "Administrator")},
};

} // namespace

std::span<const Choice> choices(ChoiceList list)
{
    switch (list) {
    case ChoiceList::AcquisitionSource: return acquisitionSources;
    case ChoiceList::Tier: return tiers;
    case ChoiceList::ChurnRisk: return churnRisks;
    case ChoiceList::InteractionType: return interactionTypes;
    case ChoiceList::Direction: return directions;
    case ChoiceList::Sentiment: return sentiments;
    case ChoiceList::ContactTime: return contactTimes;
    case ChoiceList::Species: return species;
    case ChoiceList::PetSex: return petSexes;
    case ChoiceList::AppointmentStatus: return appointmentStatuses;
    case ChoiceList::PaymentStatus: return paymentStatuses;
    case ChoiceList::InvoiceStatus: return invoiceStatuses;
    case ChoiceList::ConversationChannel: return conversationChannels;
    case ChoiceList::StaffRole: return staffRoles;
    }
    Q_UNREACHABLE();
}

const char* choiceListName(ChoiceList list)
{
    switch (list) {
    case ChoiceList::AcquisitionSource: return "acquisition_source";
    case ChoiceList::Tier: return "tier";
    case ChoiceList::ChurnRisk: return "churn_risk";
    case ChoiceList::InteractionType: return "interaction_type";
    case ChoiceList::Direction: return "direction";
    case ChoiceList::Sentiment: return "sentiment";
    case ChoiceList::ContactTime: return "contact_time";
    case ChoiceList::Species: return "species";
    case ChoiceList::PetSex: return "pet_sex";
    case ChoiceList::AppointmentStatus: return "appointment_status";
    case ChoiceList::PaymentStatus: return "payment_status";
    case ChoiceList::InvoiceStatus: return "invoice_status";
    case ChoiceList::ConversationChannel: return "conversation_channel";
    case ChoiceList::StaffRole: return "staff_role";
    }
    Q_UNREACHABLE();
}

QStringList choiceKeys(ChoiceList list)
{
    QStringList keys;
    for (const Choice& c : choices(list))
        keys << QString::fromLatin1(c.key);
    return keys;
}

bool isChoice(ChoiceList list, const QString& key)
{
    for (const Choice& c : choices(list))
        if (key == QLatin1String(c.key))
            return true;
    return false;
}

QString choiceLabel(ChoiceList list, const QString& key)
{
    for (const Choice& c : choices(list))
        if (key == QLatin1String(c.key))
            return QCoreApplication::translate(choiceListName(list), c.label);
    return key;
}

} // namespace huellas
