#pragma once

#include "RowImporter.h"

namespace huellas {

// invoices.csv: clinic invoices, totals in pesos with a '.' decimal point.
class InvoiceRowImporter final : public RowImporter
{
public:
    explicit InvoiceRowImporter(ImportContext& context);

    Result<Outcome> import(ImportRow& row, const QString& externalId) override;

private:
    ImportContext& m_context;
    UpsertStatement m_statement;
};

} // namespace huellas
