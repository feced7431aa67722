#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QList>

namespace huellas {

class Database;

// What an owner has and does: pets, appointments, orders, invoices, conversations and
// interactions. Saving or deleting anything that feeds a metric recomputes that owner's
// metrics in the same transaction (the seed's signals).
class ActivityRepository final
{
public:
    enum class Kind { Pet, Appointment, Order, Invoice, Conversation, Interaction };

    explicit ActivityRepository(Database& database) : m_database(database) {}

    Result<qint64> save(Pet& pet);
    Result<qint64> save(Appointment& appointment);
    Result<qint64> save(Order& order);
    Result<qint64> save(Invoice& invoice);
    Result<qint64> save(Conversation& conversation);
    Result<qint64> save(Interaction& interaction);
    Result<qint64> save(Staff& staff);
    Status remove(Kind kind, qint64 id);
    Status setFollowUpCompleted(qint64 interactionId, bool completed);

    Result<Interaction> interaction(qint64 id) const;
    Result<QList<Interaction>> interactionsOf(qint64 ownerId) const; // newest first
    Result<QList<Pet>> petsOf(qint64 ownerId) const;

private:
    template <typename Record>
    Result<qint64> saveRecord(Record& record, Kind kind, const QStringList& problems);

    Database& m_database;
};

} // namespace huellas
