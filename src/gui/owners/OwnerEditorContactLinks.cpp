#include "OwnerEditorContactLinks.h"

#include "core/PhoneNumbers.h"
#include "core/Validation.h"

namespace huellas {
namespace {

QString e164OrEmpty(const QString& typed)
{
    auto number = PhoneNumbers::normalize(typed);
    return number ? *number : QString();
}

} // namespace

OwnerEditorContactLinks OwnerEditorContactLinks::forContact(const QString& phone,
                                                            const QString& whatsapp,
                                                            const QString& email,
                                                            bool whatsappOptIn, bool emailOptIn)
{
    OwnerEditorContactLinks links;
    const QString phoneNumber = e164OrEmpty(phone);
    const QString whatsappNumber =
        whatsapp.trimmed().isEmpty() ? phoneNumber : e164OrEmpty(whatsapp);
    if (whatsappOptIn && !whatsappNumber.isEmpty())
        links.whatsapp =
            QUrl(QStringLiteral("https://wa.me/") + PhoneNumbers::whatsappDigits(whatsappNumber));
    if (!phoneNumber.isEmpty())
        links.call = QUrl(QStringLiteral("tel:") + phoneNumber);
    if (emailOptIn && Validation::isValidEmail(email.trimmed()))
        links.email = QUrl(QStringLiteral("mailto:") + email.trimmed());
    return links;
}

} // namespace huellas
