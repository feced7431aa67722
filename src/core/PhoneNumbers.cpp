#include "PhoneNumbers.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace huellas::PhoneNumbers {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const char* const defaultRegion = "MX";

} // namespace

Result<QString> normalize(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto invalid = [&input] {
        return failure<QString>(
            QCoreApplication::translate("PhoneNumbers", "\"%1\" is not a valid phone number").arg(input));
    };
    if (util.Parse(trimmed.toStdString(), defaultRegion, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return invalid();
    if (!util.IsValidNumber(number))
        return invalid();
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    // One reading strips one national prefix: "1 1 311 234 5616" gives +5213112345616, which
    // reads as +523112345616. Reading it once more stores the form that reads back to itself, so
    // saving or importing a stored number again never changes it. A number already in that
    // form (every stored or exported one) would only be read the same way again: skipped, as
    // it halves what an import of a million owners spends on phones.
    if (QString::fromStdString(e164) == trimmed)
        return trimmed;
    PhoneNumber again;
    if (util.Parse(e164, defaultRegion, &again) == PhoneNumberUtil::NO_PARSING_ERROR &&
        util.IsValidNumber(again))
        util.Format(again, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString display(const QString& e164)
{
    if (e164.isEmpty())
        return {};
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), defaultRegion, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    const bool mexican = number.country_code() == 52;
    util.Format(number, mexican ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString searchDigits(const QString& input)
{
    QString digits;
    for (const QChar c : input)
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    return digits;
}

QString whatsappDigits(const QString& e164) { return searchDigits(e164); }

} // namespace huellas::PhoneNumbers
