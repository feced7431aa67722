#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace huellas {

// The closed value lists of DOMAIN.md. Keys are what the database and the CSV files store;
// labels are English source strings, shown through the translation (Spanish by default).
enum class ChoiceList {
    AcquisitionSource,
    Tier,
    ChurnRisk,
    InteractionType,
    Direction,
    Sentiment,
    ContactTime,
    Species,
    PetSex,
    AppointmentStatus,
    PaymentStatus,
    InvoiceStatus,
    ConversationChannel,
    StaffRole,
};

struct Choice
{
    const char* key;
    const char* label; // untranslated source text; its context is the list's name
};

std::span<const Choice> choices(ChoiceList list);
QStringList choiceKeys(ChoiceList list);
bool isChoice(ChoiceList list, const QString& key);
// The translated label of a key; the key itself when it is not in the list.
QString choiceLabel(ChoiceList list, const QString& key);
// The name used in messages and as translation context, e.g. "tier".
const char* choiceListName(ChoiceList list);

} // namespace huellas
