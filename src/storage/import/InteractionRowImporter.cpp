#include "InteractionRowImporter.h"

#include "ImportText.h"
#include "core/LocalTime.h"
#include "core/Validation.h"

namespace huellas {
namespace {

const QString conversationColumn = QStringLiteral("conversation_id");

} // namespace

InteractionRowImporter::InteractionRowImporter(ImportContext& context)
    : m_context(context),
      m_statement(context.database, QStringLiteral("interactions"),
                  columnsOf<Interaction>({conversationColumn}),
                  {{QStringLiteral("created_at"), LocalTime::toStorage(context.now)}})
{
}

Result<RowImporter::Outcome> InteractionRowImporter::import(ImportRow& row,
                                                            const QString& externalId)
{
    using Need = ImportRow::Need;
    Interaction interaction;
    interaction.externalId = externalId;
    const qint64 owner = row.reference("owner_external_id", m_context.owners, Need::Required).id;
    interaction.ownerId = owner;
    interaction.interactionType =
        row.choice("interaction_type", ChoiceList::InteractionType, interaction.interactionType);
    interaction.direction = row.choice("direction", ChoiceList::Direction, interaction.direction);
    interaction.subject = row.text("subject");
    interaction.summary = row.text("summary");
    interaction.outcome = row.text("outcome");
    interaction.petId = row.reference("pet_external_id", m_context.pets, Need::Optional, owner).id;
    interaction.appointmentId =
        row.reference("appointment_external_id", m_context.appointments, Need::Optional, owner).id;
    interaction.orderId =
        row.reference("order_external_id", m_context.orders, Need::Optional, owner).id;
    interaction.sentiment = row.choice("sentiment", ChoiceList::Sentiment, {});
    const QString handledBy = row.key("handled_by");
    interaction.requiresFollowUp = row.boolean("requires_follow_up", false);
    interaction.followUpDate = row.date("follow_up_date");
    interaction.followUpCompleted = row.boolean("follow_up_completed", false);
    interaction.createdAt = row.timestamp("created_at", Need::Optional);

    QVariantMap columns;
    if (row.writable()) {
        if (!handledBy.isEmpty()) {
            auto staff = m_context.staff.idOf(handledBy);
            if (!staff)
                return failure<Outcome>(staff.error());
            interaction.handledBy = *staff;
        }
        columns = RecordColumns::of(interaction);
        columns.remove(conversationColumn);
        if (!interaction.createdAt.isValid()) {
            columns.insert(QStringLiteral("created_at"), leftEmpty());
            interaction.createdAt = m_context.now; // what the insert stores, for Validation
        }
        row.check(Validation::problemsWith(interaction));
    }
    auto written = save(row, m_context.interactions, m_statement, externalId, columns);
    return written ? Result<Outcome>(written->outcome) : failure<Outcome>(written.error());
}

} // namespace huellas
