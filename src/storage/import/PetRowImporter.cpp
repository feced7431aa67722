#include "PetRowImporter.h"

#include "ImportText.h"
#include "core/Validation.h"

namespace huellas {

PetRowImporter::PetRowImporter(ImportContext& context)
    : m_context(context), m_statement(context.database, QStringLiteral("pets"), columnsOf<Pet>())
{
}

Result<RowImporter::Outcome> PetRowImporter::import(ImportRow& row, const QString& externalId)
{
    using Need = ImportRow::Need;
    Pet pet;
    pet.externalId = externalId;
    pet.ownerId = row.reference("owner_external_id", m_context.owners, Need::Required).id;
    pet.name = row.text("name");
    if (pet.name.trimmed().isEmpty())
        row.fail("name", ImportText::tr("a pet needs a name"), {});
    pet.species = row.choice("species", ChoiceList::Species, pet.species);
    pet.breed = row.text("breed");
    pet.birthDate = row.pastDate("birth_date", m_context.today);
    pet.sex = row.choice("sex", ChoiceList::PetSex, {});
    pet.deceased = row.boolean("deceased", pet.deceased);
    row.check(Validation::problemsWith(pet, m_context.today));

    auto written = save(row, m_context.pets, m_statement, externalId, RecordColumns::of(pet));
    return written ? Result<Outcome>(written->outcome) : failure<Outcome>(written.error());
}

} // namespace huellas
