#pragma once

#include "core/Result.h"
#include "core/rules/RuleTree.h"
#include "core/rules/Segment.h"
#include "storage/OwnerFilter.h"

#include <QList>

#include <optional>

namespace huellas {

class Database;

// Saved segments. Rules are validated and stored in canonical form; member_count is the
// seed's update_count: SegmentQuery::count at the moment of the last save or recount. Every
// write is one transaction with its audit_log line.
class SegmentRepository final
{
public:
    explicit SegmentRepository(Database& database) : m_database(database) {}

    // Creates (id 0) or edits, then recounts the members. The name is required; invalid rules
    // are refused with the parser's message; an empty slug is made from the name and made
    // unique ("-2", "-3"…); a slug given by the caller must be free. Nothing is written on
    // failure; on success `segment` holds exactly what was stored.
    Result<qint64> save(Segment& segment);
    Status remove(qint64 segmentId);
    Result<Segment> find(qint64 segmentId) const;
    // No value when no segment has that slug (the slug is typed by people, so a miss is normal).
    Result<std::optional<Segment>> findBySlug(const QString& slug) const;
    // Alphabetical by name, accents and case ignored.
    Result<QList<Segment>> list() const;
    // Saves a copy named "<name> (copy)" (translated) with its own slug; returns the copy.
    Result<Segment> duplicate(qint64 segmentId);

    // Recount the cached member_count and stamp last_updated (UTC now); returns the count.
    Result<int> updateCount(qint64 segmentId);
    // Recounts every segment in one transaction; returns how many segments were recounted.
    Result<int> updateAllCounts();

    // The segment's members as a condition on owners, for the owners list and the exports.
    // Fails only when the stored rules no longer parse (edited outside the program).
    Result<OwnerFilter> filterFor(const Segment& segment) const;

private:
    Status assignSlug(Segment& segment) const;
    Result<QString> freeSlugFrom(const QString& base, qint64 ownSegmentId) const;
    Result<qint64> writeRow(const Segment& segment);
    Result<std::optional<Segment>> findWhere(const QString& condition, const QVariant& value) const;
    Result<int> recount(qint64 segmentId, const RuleTree& rules);

    Database& m_database;
};

} // namespace huellas
