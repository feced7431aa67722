#include "OwnerRowImporter.h"

#include "ImportText.h"
#include "core/LocalTime.h"
#include "core/PhoneNumbers.h"
#include "core/Validation.h"

namespace huellas {

OwnerRowImporter::OwnerRowImporter(ImportContext& context)
    : m_context(context),
      m_statement(context.database, QStringLiteral("owners"),
                  columnsOf<Owner>({QStringLiteral("referred_by")}),
                  {{QStringLiteral("created_at"), LocalTime::toStorage(context.now)}},
                  {QStringLiteral("updated_at")}),
      m_tags(context.database, context.now), m_referrals(context.database, context.now)
{
}

// Phones are stored E.164 whatever form the spreadsheet used ("998 123 4567", "+52 998…"), so
// search, WhatsApp links and campaign exports work on imported owners too.
QString OwnerRowImporter::phone(ImportRow& row, const char* column)
{
    const QString written = row.text(column);
    auto normalized = PhoneNumbers::normalize(written);
    if (!normalized) {
        row.fail(column, ImportText::tr("not a valid phone number"), written);
        return written;
    }
    return *normalized;
}

Result<RowImporter::Outcome> OwnerRowImporter::import(ImportRow& row, const QString& externalId)
{
    Owner owner;
    owner.externalId = externalId;
    owner.firstName = row.text("first_name");
    owner.lastName = row.text("last_name");
    owner.email = row.text("email").trimmed();
    owner.birthDate = row.pastDate("birth_date", m_context.today);
    owner.gender = row.text("gender");
    owner.occupation = row.text("occupation");
    owner.phone = phone(row, "phone");
    owner.phoneSecondary = phone(row, "phone_secondary");
    owner.whatsapp = phone(row, "whatsapp");
    owner.streetAddress = row.text("street_address");
    owner.neighborhood = row.text("neighborhood");
    owner.city = row.textOr("city", owner.city);
    owner.postalCode = row.text("postal_code").trimmed();
    owner.locationNotes = row.text("location_notes");
    owner.acquisitionSource = row.choice("acquisition_source", ChoiceList::AcquisitionSource, {});
    owner.acquisitionDetail = row.text("acquisition_detail");
    owner.tier = row.choice("tier", ChoiceList::Tier, owner.tier);
    owner.preferredLanguage = row.textOr("preferred_language", owner.preferredLanguage).trimmed();
    owner.preferredContactTime = row.choice("preferred_contact_time", ChoiceList::ContactTime, {});
    owner.emailOptIn = row.boolean("email_opt_in", owner.emailOptIn);
    owner.smsOptIn = row.boolean("sms_opt_in", owner.smsOptIn);
    owner.whatsappOptIn = row.boolean("whatsapp_opt_in", owner.whatsappOptIn);
    owner.tags = row.tags("tags");
    owner.notes = row.text("notes");
    owner.internalNotes = row.text("internal_notes");
    owner.createdAt = row.timestamp("created_at", ImportRow::Need::Optional);
    owner.updatedAt = m_context.now;
    const QString referrer = row.key("referred_by");
    if (!referrer.isEmpty() && referrer == externalId)
        row.fail("referred_by", ImportText::tr("an owner cannot refer themself"), referrer);
    checkOwner(row, owner);

    // referred_by is left to finish(): the referrer may not have been read yet.
    QVariantMap columns = RecordColumns::of(owner);
    if (!owner.createdAt.isValid())
        columns.insert(QStringLiteral("created_at"), leftEmpty());
    auto written = save(row, m_context.owners, m_statement, externalId, columns);
    if (!written || written->outcome == Outcome::NotWritten)
        return written ? Result<Outcome>(Outcome::NotWritten) : failure<Outcome>(written.error());
    if (auto r = m_tags.replace(written->id, owner.tags, written->outcome == Outcome::Inserted); !r)
        return failure<Outcome>(r.error());
    if (auto r = m_referrals.add({row.fileName(), row.line(), written->id,
                                  written->outcome == Outcome::Inserted, referrer});
        !r)
        return failure<Outcome>(r.error());
    return written->outcome;
}

// Validation's rules for an owner, reported cell by cell.
void OwnerRowImporter::checkOwner(ImportRow& row, const Owner& owner) const
{
    if (owner.firstName.trimmed().isEmpty() && owner.lastName.trimmed().isEmpty())
        row.fail("first_name", ImportText::tr("an owner needs a first or last name"), {});
    if (!owner.email.isEmpty() && !Validation::isValidEmail(owner.email))
        row.fail("email", ImportText::tr("not an email address"), owner.email);
    if (!owner.postalCode.isEmpty() && !Validation::isValidPostalCode(owner.postalCode))
        row.fail("postal_code", ImportText::tr("not a five-digit postal code"), owner.postalCode);
    if (owner.preferredLanguage.size() > 5)
        row.fail("preferred_language", ImportText::tr("not a language code"),
                 owner.preferredLanguage);
    for (const QString& tag : std::as_const(owner.tags))
        if (tag.contains(QLatin1Char(';')) || tag.contains(QLatin1Char('|')))
            row.fail("tags", ImportText::tr("not a valid tag"), tag);
    row.check(Validation::problemsWith(owner, m_context.today));
}

Status OwnerRowImporter::finish(ImportProblems& errors)
{
    return m_referrals.linkAll(m_context.owners, errors);
}

} // namespace huellas
