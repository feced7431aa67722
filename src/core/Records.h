#pragma once

#include "Metrics.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace huellas {

// Plain records of DOMAIN.md's tables. An id of 0 means "not saved yet" (or "none" for a link).
// Timestamps are UTC; dates are calendar dates. Money is centavos.

struct Owner
{
    qint64 id = 0;
    QString externalId;
    QString firstName;
    QString lastName;
    QString email;
    QDate birthDate;
    QString gender;
    QString occupation;
    QString phone; // E.164 when it could be read as a phone number
    QString phoneSecondary;
    QString whatsapp;
    QString streetAddress;
    QString neighborhood;
    QString city = QStringLiteral("Puerto Morelos");
    QString postalCode;
    QString locationNotes;
    QString acquisitionSource;
    QString acquisitionDetail;
    qint64 referredBy = 0;
    QString tier = QStringLiteral("new");
    QString preferredLanguage = QStringLiteral("es");
    QString preferredContactTime;
    bool emailOptIn = false;
    bool smsOptIn = false;
    bool whatsappOptIn = true;
    QStringList tags;
    QString notes;
    QString internalNotes;
    QDateTime createdAt;
    QDateTime updatedAt;
    Metrics::OwnerMetrics metrics; // derived, read-only

    QString displayName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

struct Pet
{
    qint64 id = 0;
    QString externalId;
    qint64 ownerId = 0;
    QString name;
    QString species = QStringLiteral("dog");
    QString breed;
    QDate birthDate;
    QString sex;
    bool deceased = false;
};

struct Appointment
{
    qint64 id = 0;
    QString externalId;
    qint64 ownerId = 0;
    qint64 petId = 0;
    QDateTime scheduledAt;
    QString status = QStringLiteral("scheduled");
    QString reason;
};

struct Order
{
    qint64 id = 0;
    QString externalId;
    qint64 ownerId = 0;
    QString number;
    QDateTime orderedAt;
    qint64 total = 0;
    QString paymentStatus = QStringLiteral("pending");
};

struct Invoice
{
    qint64 id = 0;
    QString externalId;
    qint64 ownerId = 0;
    QString number;
    QDateTime issuedAt;
    qint64 total = 0;
    QString status = QStringLiteral("draft");
};

struct Conversation
{
    qint64 id = 0;
    QString externalId;
    qint64 ownerId = 0;
    QString channel = QStringLiteral("whatsapp");
    QDateTime startedAt;
    QString subject;
};

struct Interaction
{
    qint64 id = 0;
    QString externalId;
    qint64 ownerId = 0;
    QString interactionType = QStringLiteral("call_in");
    QString direction = QStringLiteral("inbound");
    QString subject;
    QString summary;
    QString outcome;
    qint64 petId = 0;
    qint64 appointmentId = 0;
    qint64 orderId = 0;
    qint64 conversationId = 0;
    QString sentiment;
    qint64 handledBy = 0;
    bool requiresFollowUp = false;
    QDate followUpDate;
    bool followUpCompleted = false;
    QDateTime createdAt;
};

struct Staff
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role = QStringLiteral("reception");
    QString passwordHash;
    bool active = true;
};

} // namespace huellas
