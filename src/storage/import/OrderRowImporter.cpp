#include "OrderRowImporter.h"

#include "core/Validation.h"

namespace huellas {

OrderRowImporter::OrderRowImporter(ImportContext& context)
    : m_context(context),
      m_statement(context.database, QStringLiteral("orders"), columnsOf<Order>())
{
}

Result<RowImporter::Outcome> OrderRowImporter::import(ImportRow& row, const QString& externalId)
{
    using Need = ImportRow::Need;
    Order order;
    order.externalId = externalId;
    order.ownerId = row.reference("owner_external_id", m_context.owners, Need::Required).id;
    order.number = row.text("number");
    order.orderedAt = row.timestamp("ordered_at", Need::Required);
    order.total = row.amount("total");
    order.paymentStatus =
        row.choice("payment_status", ChoiceList::PaymentStatus, order.paymentStatus);
    row.check(Validation::problemsWith(order));

    auto written = save(row, m_context.orders, m_statement, externalId, RecordColumns::of(order));
    return written ? Result<Outcome>(written->outcome) : failure<Outcome>(written.error());
}

} // namespace huellas
