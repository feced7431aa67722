#include "Validation.h"

#include "Choices.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace huellas::Validation {
namespace {


void requireChoice(QStringList& problems, ChoiceList list, const QString& value, bool optional = false)
{
    if (optional && value.isEmpty())
        return;
    if (!isChoice(list, value))
        problems << QCoreApplication::translate("Validation", "%1: unknown value \"%2\" (expected one of: %3)")
                        .arg(QLatin1String(choiceListName(list)), value,
                             choiceKeys(list).join(QLatin1String(", ")));
}

void requireOwner(QStringList& problems, qint64 ownerId)
{
    if (ownerId <= 0)
        problems << QCoreApplication::translate("Validation", "owner: missing");
}

void requirePastDate(QStringList& problems, const char* field, const QDate& date, const QDate& today)
{
    if (date.isValid() && date > today)
        problems << QCoreApplication::translate("Validation", "%1: the date %2 is in the future")
                        .arg(QLatin1String(field), date.toString(Qt::ISODate));
}

void requireTimestamp(QStringList& problems, const char* field, const QDateTime& t)
{
    if (!t.isValid())
        problems << QCoreApplication::translate("Validation", "%1: missing or not a date and time").arg(QLatin1String(field));
}

void requireAmount(QStringList& problems, qint64 total)
{
    if (total < 0)
        problems << QCoreApplication::translate("Validation", "total: an amount cannot be negative");
}

} // namespace

bool isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(email).hasMatch();
}

bool isValidPostalCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{5}$"));
    return pattern.match(code).hasMatch();
}

QStringList problemsWith(const Owner& o, const QDate& today)
{
    QStringList problems;
    if (o.firstName.trimmed().isEmpty() && o.lastName.trimmed().isEmpty())
        problems << QCoreApplication::translate("Validation", "name: an owner needs a first or last name");
    if (!o.email.isEmpty() && !isValidEmail(o.email))
        problems << QCoreApplication::translate("Validation", "email: \"%1\" is not an email address").arg(o.email);
    if (!o.postalCode.isEmpty() && !isValidPostalCode(o.postalCode))
        problems << QCoreApplication::translate("Validation", "postal_code: \"%1\" is not a five-digit postal code").arg(o.postalCode);
    requirePastDate(problems, "birth_date", o.birthDate, today);
    requireChoice(problems, ChoiceList::AcquisitionSource, o.acquisitionSource, true);
    requireChoice(problems, ChoiceList::Tier, o.tier);
    requireChoice(problems, ChoiceList::ContactTime, o.preferredContactTime, true);
    if (o.preferredLanguage.isEmpty() || o.preferredLanguage.size() > 5)
        problems << QCoreApplication::translate("Validation", "preferred_language: \"%1\" is not a language code").arg(o.preferredLanguage);
    if (o.id > 0 && o.referredBy == o.id)
        problems << QCoreApplication::translate("Validation", "referred_by: an owner cannot refer themself");
    for (const QString& tag : o.tags)
        if (tag.trimmed().isEmpty() || tag.contains(QLatin1Char(';')) || tag.contains(QLatin1Char('|')))
            problems << QCoreApplication::translate("Validation", "tags: \"%1\" is not a valid tag").arg(tag);
    return problems;
}

QStringList problemsWith(const Pet& p, const QDate& today)
{
    QStringList problems;
    requireOwner(problems, p.ownerId);
    if (p.name.trimmed().isEmpty())
        problems << QCoreApplication::translate("Validation", "name: a pet needs a name");
    requireChoice(problems, ChoiceList::Species, p.species);
    requireChoice(problems, ChoiceList::PetSex, p.sex, true);
    requirePastDate(problems, "birth_date", p.birthDate, today);
    return problems;
}

QStringList problemsWith(const Appointment& a)
{
    QStringList problems;
    requireOwner(problems, a.ownerId);
    requireTimestamp(problems, "scheduled_at", a.scheduledAt);
    requireChoice(problems, ChoiceList::AppointmentStatus, a.status);
    return problems;
}

QStringList problemsWith(const Order& o)
{
    QStringList problems;
    requireOwner(problems, o.ownerId);
    requireTimestamp(problems, "ordered_at", o.orderedAt);
    requireAmount(problems, o.total);
    requireChoice(problems, ChoiceList::PaymentStatus, o.paymentStatus);
    return problems;
}

QStringList problemsWith(const Invoice& i)
{
    QStringList problems;
    requireOwner(problems, i.ownerId);
    requireTimestamp(problems, "issued_at", i.issuedAt);
    requireAmount(problems, i.total);
    requireChoice(problems, ChoiceList::InvoiceStatus, i.status);
    return problems;
}

QStringList problemsWith(const Conversation& c)
{
    QStringList problems;
    requireOwner(problems, c.ownerId);
    requireTimestamp(problems, "started_at", c.startedAt);
    requireChoice(problems, ChoiceList::ConversationChannel, c.channel);
    return problems;
}

QStringList problemsWith(const Interaction& i)
{
    QStringList problems;
    requireOwner(problems, i.ownerId);
    requireChoice(problems, ChoiceList::InteractionType, i.interactionType);
    requireChoice(problems, ChoiceList::Direction, i.direction);
    requireChoice(problems, ChoiceList::Sentiment, i.sentiment, true);
    requireTimestamp(problems, "created_at", i.createdAt);
    return problems;
}

QStringList problemsWith(const Staff& s)
{
    QStringList problems;
    if (s.username.trimmed().isEmpty())
        problems << QCoreApplication::translate("Validation", "username: missing");
    requireChoice(problems, ChoiceList::StaffRole, s.role);
    return problems;
}

} // namespace huellas::Validation
