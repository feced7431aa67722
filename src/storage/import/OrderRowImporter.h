#pragma once

#include "RowImporter.h"

namespace huellas {

// orders.csv: store orders, totals in pesos with a '.' decimal point.
class OrderRowImporter final : public RowImporter
{
public:
    explicit OrderRowImporter(ImportContext& context);

    Result<Outcome> import(ImportRow& row, const QString& externalId) override;

private:
    ImportContext& m_context;
    UpsertStatement m_statement;
};

} // namespace huellas
