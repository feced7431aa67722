#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QList>

namespace huellas {

class Database;

// What an interaction of this owner can point at.
struct LinkableActivity
{
    QList<Pet> pets;                   // by name
    QList<Appointment> appointments;   // newest first
    QList<Order> orders;               // newest first
    QList<Conversation> conversations; // newest first
};

// The reads behind the "Registrar interacción" dialog's lists.
namespace InteractionLinkQueries {

// Appointments, orders and conversations are capped at `recentLimit` each: a long-time
// client's whole history would make the combos unusable, and links are to recent things.
Result<LinkableActivity> linkableActivityOf(const Database& database, qint64 ownerId,
                                            int recentLimit = 50);

// Owners whose name contains every word of `text` (or whose phone contains its digits), by
// name, at most `limit`. Only id, names and phone are filled.
Result<QList<Owner>> ownersMatching(const Database& database, const QString& text, int limit = 20);

} // namespace InteractionLinkQueries
} // namespace huellas
