#pragma once

#include "RowImporter.h"

namespace huellas {

// appointments.csv: the pet, when given, must be one of the same owner's.
class AppointmentRowImporter final : public RowImporter
{
public:
    explicit AppointmentRowImporter(ImportContext& context);

    Result<Outcome> import(ImportRow& row, const QString& externalId) override;

private:
    ImportContext& m_context;
    UpsertStatement m_statement;
};

} // namespace huellas
