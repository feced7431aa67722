#pragma once

#include "OwnerFilter.h"
#include "core/Result.h"

#include <QList>
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

// The columns the owners list shows and sorts by.
enum class OwnerListSort { Name, Phone, Tier, ChurnRisk, Engagement, LifetimeValue, LastVisit, Tags };

// One line of the owners list, as stored (the gui formats it).
struct OwnerListRow
{
    qint64 id = 0;
    QString name;  // "first last", trimmed
    QString phone; // as stored (E.164 when it could be read)
    QString tier;
    QString churnRisk;
    qint64 engagementScore = 0;
    qint64 lifetimeValue = 0;  // centavos
    QString lastVisitDate;     // ISO date, empty when never seen
    QString tags;              // sorted, separated by spaces
};

// Builds the owners list filter and reads the list: SQL text from code, every value bound.
namespace OwnerListQuery {

// Looks the search up in the owners' search index while building (see addIndexedTerms): a
// term matching more than `indexLimit` owners is tested on each row instead.
// A page stops at its first rows, which reading the list in order finds at once when a term is
// frequent; a count reads every match, and the index's ids beat reading every owner until the
// matches are a large share of them ("jose" at a million owners: 22,150 ids, 30 ms instead of
// 860 ms).
constexpr int pageIndexLimit = 5000;
constexpr int countIndexLimit = 50000;
Result<OwnerFilter> filterFor(Database& database, const OwnerListCriteria& criteria,
                              int indexLimit = pageIndexLimit);

enum class Facet { City, Neighborhood };
// The values in use, sorted, for the quick-filter combos.
Result<QStringList> valuesInUse(Database& database, Facet facet);
// How many owners match (the "N coinciden" of the status line).
Result<int> count(Database& database, const OwnerFilter& filter);
// `limit` rows from `offset` in that order; ties are broken by id, so pages never overlap.
Result<QList<OwnerListRow>> page(Database& database, const OwnerFilter& filter, OwnerListSort sort,
                                 Qt::SortOrder order, int offset, int limit);

} // namespace OwnerListQuery
} // namespace huellas
