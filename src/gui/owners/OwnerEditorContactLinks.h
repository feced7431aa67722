#pragma once

#include <QString>
#include <QUrl>

namespace huellas {

// Where the header's WhatsApp, Call and Email buttons lead for the contact data as typed. An
// empty URL means the button is disabled: the owner opted out of that channel or there is no
// valid number or address.
struct OwnerEditorContactLinks
{
    QUrl whatsapp; // https://wa.me/529981234567
    QUrl call;     // tel:+529981234567
    QUrl email;    // mailto:ana@example.com

    // The WhatsApp number falls back to the phone: at the desk they are usually the same.
    // Calls have no opt-in in the domain; only a missing or invalid phone disables them.
    static OwnerEditorContactLinks forContact(const QString& phone, const QString& whatsapp,
                                              const QString& email, bool whatsappOptIn,
                                              bool emailOptIn);
};

} // namespace huellas
