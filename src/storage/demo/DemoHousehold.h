#pragma once

#include "core/Records.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace huellas {

// The next free row id of each table. The demo inserts with explicit ids so that links
// (a visit to its appointment, a referral to its referrer) are known before the rows exist
// and no row has to be read back.
struct DemoIds
{
    qint64 owner = 1;
    qint64 pet = 1;
    qint64 appointment = 1;
    qint64 order = 1;
    qint64 invoice = 1;
    qint64 conversation = 1;
    qint64 interaction = 1;
};

// What the generator knows about a pet beyond its row: when it came and when it was last seen
// alive, so that no appointment predates its birth or follows its death.
struct DemoPetLife
{
    QDate arrived;
    QDate lastSeen;
};

// One owner and everything generated for them, ready to be written. `interactions` may also
// hold the referral noted on the referrer's record.
struct DemoHousehold
{
    Owner owner;
    QDate joined;      // local date of owner.createdAt
    QDate activeUntil; // last day of activity: today for active owners, earlier for lapsed ones
    bool lapsed = false;
    int activityPercent = 100; // how busy they are compared with an average client of their tier
    std::vector<Pet> pets;
    std::vector<DemoPetLife> petLives; // parallel to pets
    std::vector<Appointment> appointments;
    std::vector<Order> orders;
    std::vector<Invoice> invoices;
    std::vector<Conversation> conversations;
    std::vector<Interaction> interactions;
};

// The little the generator keeps of every owner it wrote, to pick referrers from.
struct DemoReferrer
{
    qint64 id = 0;
    QString name;
    QDate joined;
    QDateTime createdAt;
};

} // namespace huellas
