#pragma once

#include "core/Records.h"

#include <QList>
#include <QString>

namespace huellas {

struct LinkableActivity;

// One entry of a dialog combo or of the owner suggestions: what it points at and what the
// desk reads.
struct ChoiceItem
{
    qint64 id = 0;
    QString label;
};

// What the chosen owner's interaction may link to.
struct OwnerLinkChoices
{
    QList<ChoiceItem> pets;
    QList<ChoiceItem> appointments;
    QList<ChoiceItem> orders;
    QList<ChoiceItem> conversations;
};

// Records turned into the labels the dialog shows. No database here: the launcher reads.
namespace InteractionChoiceItems {

// Active staff, plus `alsoKeep` even when inactive so editing never drops who handled it.
QList<ChoiceItem> staff(const QList<Staff>& staff, qint64 alsoKeep = 0);
OwnerLinkChoices links(const LinkableActivity& activity);
// "Ana María Canul · 998 123 4567": the phone tells two owners of the same name apart.
QList<ChoiceItem> owners(const QList<Owner>& owners);
ChoiceItem owner(const Owner& owner);

} // namespace InteractionChoiceItems
} // namespace huellas
