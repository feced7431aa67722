#pragma once

#include "OwnerFilter.h"
#include "core/Result.h"

#include <QString>

#include <optional>

namespace huellas {

class Database;

// What the desk's owners list is narrowed to: the search box and the quick filters.
struct OwnerListCriteria
{
    QString text; // name, phone in any format, email or tag; accents and case ignored
    QString tier;
    QString churnRisk;
    QString acquisitionSource;
    QString city;
    QString neighborhood;
    std::optional<bool> emailOptIn;
    std::optional<bool> smsOptIn;
    std::optional<bool> whatsappOptIn;
    bool followUpPending = false; // has an open follow-up (any date)
    // A drill-down from a chart or a segment, built by code (e.g. the segment rule compiler);
    // its parameter names must not start with ":f".
    OwnerFilter restriction;

    bool isEmpty() const;
};

// Builds the owners list filter: SQL text from code, every value bound.
namespace OwnerListQuery {

OwnerFilter filterFor(const OwnerListCriteria& criteria);

enum class Facet { City, Neighborhood };
// The values in use, sorted, for the quick-filter combos.
Result<QStringList> valuesInUse(Database& database, Facet facet);
// How many owners match (the "N coinciden" of the status line).
Result<int> count(Database& database, const OwnerFilter& filter);

} // namespace OwnerListQuery
} // namespace huellas
