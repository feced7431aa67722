#pragma once

#include "Result.h"

#include <QString>

namespace huellas {

// Phone numbers through libphonenumber: stored as E.164 (+529981234567), shown in the national
// form the desk reads aloud (998 123 4567), Mexico as the default region.
namespace PhoneNumbers {

// Any reasonable input ("998 123 4567", "+52 998-123-4567", "(998) 1234567", "+1 305 …") to
// E.164; empty stays empty; anything that is not a valid number is an error naming it.
Result<QString> normalize(const QString& input);
// E.164 to the national form for Mexican numbers, international form otherwise.
QString display(const QString& e164);
// The digits of a search text, for matching stored numbers in any format ("998 123 45" → "99812345").
QString searchDigits(const QString& input);
// The wa.me form: digits only, country code first ("529981234567").
QString whatsappDigits(const QString& e164);

} // namespace PhoneNumbers
} // namespace huellas
