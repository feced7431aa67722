#pragma once

#include "RowImporter.h"

namespace huellas {

// interactions.csv: links to the same owner's pet, appointment and order; handled_by is a
// staff username, created inactive when unknown. Conversations are not part of the file:
// an update keeps the stored link.
class InteractionRowImporter final : public RowImporter
{
public:
    explicit InteractionRowImporter(ImportContext& context);

    Result<Outcome> import(ImportRow& row, const QString& externalId) override;

private:
    ImportContext& m_context;
    UpsertStatement m_statement;
};

} // namespace huellas
