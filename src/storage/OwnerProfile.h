#pragma once

#include "core/Records.h"

#include <QList>
#include <QStringList>

namespace huellas {

// An owner with everything the profile editor shows. A new child row has id 0 or, when other
// rows of the same edit must point at it before it exists (an appointment for a pet added in
// the same edit), a negative placeholder id that saving replaces with the real one.
struct OwnerProfile
{
    struct RemovedRows
    {
        QList<qint64> pets;
        QList<qint64> appointments;
        QList<qint64> orders;
        QList<qint64> invoices;
    };

    struct OwnerName
    {
        qint64 id = 0;
        QString name;
        QString externalId;
    };

    // What the form offers to choose from; read with the profile, never written back.
    struct Lookups
    {
        QList<OwnerName> owners; // every owner, by name, for the referrer search
        QStringList usedTags;    // every tag in use, sorted
        QList<Staff> staff;      // without password hashes
    };

    Owner owner;
    QList<Pet> pets;
    QList<Appointment> appointments; // newest first
    QList<Order> orders;             // newest first
    QList<Invoice> invoices;         // newest first
    QList<Interaction> interactions; // newest first; read-only in the profile
    RemovedRows removed;             // stored rows the edit deletes
    Lookups lookups;
};

} // namespace huellas
