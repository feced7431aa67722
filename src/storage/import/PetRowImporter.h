#pragma once

#include "RowImporter.h"

namespace huellas {

// pets.csv: an owner's animals.
class PetRowImporter final : public RowImporter
{
public:
    explicit PetRowImporter(ImportContext& context);

    Result<Outcome> import(ImportRow& row, const QString& externalId) override;

private:
    ImportContext& m_context;
    UpsertStatement m_statement;
};

} // namespace huellas
