#include "InteractionChoiceItems.h"

#include "InteractionFormat.h"
#include "core/Choices.h"
#include "core/Money.h"
#include "core/PhoneNumbers.h"
#include "storage/InteractionLinkQueries.h"

#include <QCoreApplication>

namespace huellas::InteractionChoiceItems {
namespace {


// Label parts that are empty are left out rather than shown as " ·  · ".
QString joined(const QStringList& parts)
{
    QStringList present;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            present << part.trimmed();
    return present.join(QStringLiteral(" · "));
}

} // namespace

QList<ChoiceItem> staff(const QList<Staff>& staff, qint64 alsoKeep)
{
    QList<ChoiceItem> items;
    for (const Staff& s : staff)
        if (s.active || s.id == alsoKeep)
            items << ChoiceItem{s.id, s.displayName.isEmpty() ? s.username : s.displayName};
    return items;
}

OwnerLinkChoices links(const LinkableActivity& activity)
{
    OwnerLinkChoices choices;
    for (const Pet& p : activity.pets) {
        QString label = joined({p.name, choiceLabel(ChoiceList::Species, p.species)});
        if (p.deceased)
            label = QCoreApplication::translate("InteractionChoiceItems", "%1 (deceased)").arg(label);
        choices.pets << ChoiceItem{p.id, label};
    }
    for (const Appointment& a : activity.appointments)
        choices.appointments << ChoiceItem{
            a.id, joined({InteractionFormat::localDateTime(a.scheduledAt), a.reason,
                          choiceLabel(ChoiceList::AppointmentStatus, a.status)})};
    for (const Order& o : activity.orders)
        choices.orders << ChoiceItem{
            o.id,
            joined({o.number, InteractionFormat::localDate(o.orderedAt), Money::format(o.total)})};
    for (const Conversation& c : activity.conversations)
        choices.conversations << ChoiceItem{
            c.id, joined({choiceLabel(ChoiceList::ConversationChannel, c.channel),
                          InteractionFormat::localDate(c.startedAt), c.subject})};
    return choices;
}

ChoiceItem owner(const Owner& o)
{
    return ChoiceItem{o.id, joined({o.displayName(), PhoneNumbers::display(o.phone)})};
}

QList<ChoiceItem> owners(const QList<Owner>& owners)
{
    QList<ChoiceItem> items;
    for (const Owner& o : owners)
        items << owner(o);
    return items;
}

} // namespace huellas::InteractionChoiceItems
