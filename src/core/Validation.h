#pragma once

#include "Records.h"

#include <QStringList>

namespace huellas {

// What is wrong with a record before it is stored, one translated sentence per problem, each
// naming the field and the value. An empty list means the record is valid.
namespace Validation {

QStringList problemsWith(const Owner& owner, const QDate& today);
QStringList problemsWith(const Pet& pet, const QDate& today);
QStringList problemsWith(const Appointment& appointment);
QStringList problemsWith(const Order& order);
QStringList problemsWith(const Invoice& invoice);
QStringList problemsWith(const Conversation& conversation);
QStringList problemsWith(const Interaction& interaction);
QStringList problemsWith(const Staff& staff);

bool isValidEmail(const QString& email);
bool isValidPostalCode(const QString& code); // Mexican: five digits

} // namespace Validation
} // namespace huellas
