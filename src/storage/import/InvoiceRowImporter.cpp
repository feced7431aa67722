#include "InvoiceRowImporter.h"

#include "core/Validation.h"

namespace huellas {

InvoiceRowImporter::InvoiceRowImporter(ImportContext& context)
    : m_context(context),
      m_statement(context.database, QStringLiteral("invoices"), columnsOf<Invoice>())
{
}

Result<RowImporter::Outcome> InvoiceRowImporter::import(ImportRow& row, const QString& externalId)
{
    using Need = ImportRow::Need;
    Invoice invoice;
    invoice.externalId = externalId;
    invoice.ownerId = row.reference("owner_external_id", m_context.owners, Need::Required).id;
    invoice.number = row.text("number");
    invoice.issuedAt = row.timestamp("issued_at", Need::Required);
    invoice.total = row.amount("total");
    invoice.status = row.choice("status", ChoiceList::InvoiceStatus, invoice.status);
    row.check(Validation::problemsWith(invoice));

    auto written =
        save(row, m_context.invoices, m_statement, externalId, RecordColumns::of(invoice));
    return written ? Result<Outcome>(written->outcome) : failure<Outcome>(written.error());
}

} // namespace huellas
