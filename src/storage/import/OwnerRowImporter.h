#pragma once

#include "OwnerTagWriter.h"
#include "ReferralLinker.h"
#include "RowImporter.h"

namespace huellas {

// owners.csv: the owner's columns, its tags, and its referrer (linked after every owner).
// Owners are written with no referrer first, so the order of the rows never matters.
class OwnerRowImporter final : public RowImporter
{
public:
    explicit OwnerRowImporter(ImportContext& context);

    Result<Outcome> import(ImportRow& row, const QString& externalId) override;
    Status finish(ImportProblems& errors) override;

private:
    static QString phone(ImportRow& row, const char* column);
    void checkOwner(ImportRow& row, const Owner& owner) const;

    ImportContext& m_context;
    UpsertStatement m_statement;
    OwnerTagWriter m_tags;
    ReferralLinker m_referrals;
};

} // namespace huellas
