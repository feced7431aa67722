#include "AppointmentRowImporter.h"

#include "core/Validation.h"

namespace huellas {

AppointmentRowImporter::AppointmentRowImporter(ImportContext& context)
    : m_context(context),
      m_statement(context.database, QStringLiteral("appointments"), columnsOf<Appointment>())
{
}

Result<RowImporter::Outcome> AppointmentRowImporter::import(ImportRow& row,
                                                            const QString& externalId)
{
    using Need = ImportRow::Need;
    Appointment appointment;
    appointment.externalId = externalId;
    appointment.ownerId = row.reference("owner_external_id", m_context.owners, Need::Required).id;
    appointment.petId =
        row.reference("pet_external_id", m_context.pets, Need::Optional, appointment.ownerId).id;
    appointment.scheduledAt = row.timestamp("scheduled_at", Need::Required);
    appointment.status = row.choice("status", ChoiceList::AppointmentStatus, appointment.status);
    appointment.reason = row.text("reason");
    row.check(Validation::problemsWith(appointment));

    auto written =
        save(row, m_context.appointments, m_statement, externalId, RecordColumns::of(appointment));
    return written ? Result<Outcome>(written->outcome) : failure<Outcome>(written.error());
}

} // namespace huellas
