#include "SegmentRepository.h"

#include "SegmentQuery.h"
#include "core/LocalTime.h"
#include "core/TextFolding.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleWriter.h"
#include "core/rules/SegmentSlug.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace huellas {
namespace {

const QString table = QStringLiteral("segments");

// When a name has no ASCII letter or digit at all ("¡¡!!"), the slug still needs a stem.
const QString fallbackSlug = QStringLiteral("segmento");

QString selectSql(const QString& tail)
{
    return QStringLiteral("SELECT id, name, slug, description, rules, member_count, last_updated, "
                          "is_active, created_at FROM segments ") +
           tail;
}

Segment segmentFrom(const QSqlQuery& row)
{
    Segment s;
    s.id = row.value(0).toLongLong();
    s.name = row.value(1).toString();
    s.slug = row.value(2).toString();
    s.description = row.value(3).toString();
    s.rulesJson = row.value(4).toString();
    s.memberCount = row.value(5).toInt();
    s.lastUpdated = LocalTime::fromStorage(row.value(6).toString());
    s.isActive = row.value(7).toBool();
    s.createdAt = LocalTime::fromStorage(row.value(8).toString());
    return s;
}

QVariantMap editableColumns(const Segment& s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("slug"), s.slug},
            {QStringLiteral("description"), Sql::text(s.description)},
            {QStringLiteral("rules"), s.rulesJson},
            {QStringLiteral("is_active"), s.isActive}};
}

// Stored rules were valid when saved; they fail only after an edit outside the program or a
// downgrade, so the message names the segment to fix.
Result<RuleTree> storedRules(const Segment& segment)
{
    auto rules = SegmentRules::parse(segment.rulesJson.toUtf8());
    if (!rules)
        return failure<RuleTree>(
            QCoreApplication::translate("SegmentRepository",
                                        "The rules of the segment \"%1\" are not valid: %2")
                .arg(segment.name, rules.error()));
    return rules;
}

// Trims the name and slug, checks them, and puts the rules in canonical form; returns the rules.
Result<RuleTree> normalise(Segment& segment)
{
    segment.name = segment.name.trimmed();
    segment.slug = segment.slug.trimmed();
    if (segment.name.isEmpty())
        return failure<RuleTree>(
            QCoreApplication::translate("SegmentRepository", "name: a segment needs a name"));
    if (!segment.slug.isEmpty() && segment.slug != SegmentRules::slugFor(segment.slug))
        return failure<RuleTree>(
            QCoreApplication::translate("SegmentRepository",
                                        "slug: \"%1\" is not a slug; use lower-case letters, "
                                        "digits and hyphens, such as \"%2\"")
                .arg(segment.slug, SegmentRules::slugFor(segment.slug)));
    auto rules = SegmentRules::parse(segment.rulesJson.toUtf8());
    if (rules)
        segment.rulesJson = QString::fromUtf8(SegmentRules::toJson(*rules));
    return rules;
}

} // namespace

Result<qint64> SegmentRepository::save(Segment& segment)
{
    Segment candidate = segment;
    auto rules = normalise(candidate);
    if (!rules)
        return failure<qint64>(rules.error());
    // The slug is chosen inside the (immediate) transaction, so no other writer can take it
    // between the check and the write.
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<qint64>(transaction.error());
    if (auto r = assignSlug(candidate); !r)
        return failure<qint64>(r.error());
    const bool isNew = candidate.id == 0;
    auto id = writeRow(candidate);
    if (!id)
        return id;
    if (auto n = recount(*id, *rules); !n)
        return failure<qint64>(n.error());
    if (auto r = AuditLog::record(m_database,
                                  isNew ? QStringLiteral("create") : QStringLiteral("update"),
                                  table, *id, candidate.slug);
        !r)
        return failure<qint64>(r.error());
    auto stored = find(*id);
    if (!stored)
        return failure<qint64>(stored.error());
    if (auto r = transaction->commit(); !r)
        return failure<qint64>(r.error());
    segment = *stored;
    return segment.id;
}

Status SegmentRepository::assignSlug(Segment& segment) const
{
    if (segment.slug.isEmpty()) {
        const QString base = SegmentRules::slugFor(segment.name);
        auto slug = freeSlugFrom(base.isEmpty() ? fallbackSlug : base, segment.id);
        if (!slug)
            return failed(slug.error());
        segment.slug = *slug;
        return {};
    }
    auto owner =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT name FROM segments WHERE slug = :slug AND id <> :id"),
                  {{QStringLiteral(":slug"), segment.slug}, {QStringLiteral(":id"), segment.id}});
    if (!owner)
        return failed(owner.error());
    if (owner->next())
        return failed(QCoreApplication::translate(
                          "SegmentRepository", "slug: \"%1\" is already used by the segment \"%2\"")
                          .arg(segment.slug, owner->value(0).toString()));
    return {};
}

Result<QString> SegmentRepository::freeSlugFrom(const QString& base, qint64 ownSegmentId) const
{
    for (int suffix = 1;; ++suffix) {
        const QString candidate =
            suffix == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(suffix);
        auto taken = Sql::scalar(
            m_database.connection(),
            QStringLiteral("SELECT count(*) FROM segments "
                           "WHERE slug = :slug AND id <> :id"),
            {{QStringLiteral(":slug"), candidate}, {QStringLiteral(":id"), ownSegmentId}});
        if (!taken)
            return failure<QString>(taken.error());
        if (taken->toInt() == 0)
            return candidate;
    }
}

Result<int> SegmentRepository::recount(qint64 segmentId, const RuleTree& rules)
{
    auto n = SegmentQuery::count(m_database, rules);
    if (!n)
        return n;
    const QVariantMap columns{
        {QStringLiteral("member_count"), *n},
        {QStringLiteral("last_updated"), LocalTime::toStorage(QDateTime::currentDateTimeUtc())}};
    if (auto r = RowWriter::update(m_database, table, segmentId, columns); !r)
        return failure<int>(r.error());
    return n;
}

Result<qint64> SegmentRepository::writeRow(const Segment& segment)
{
    if (segment.id > 0) {
        if (auto r = RowWriter::update(m_database, table, segment.id, editableColumns(segment)); !r)
            return failure<qint64>(r.error());
        return segment.id;
    }
    QVariantMap columns = editableColumns(segment);
    const QDateTime createdAt =
        segment.createdAt.isValid() ? segment.createdAt : QDateTime::currentDateTimeUtc();
    columns.insert(QStringLiteral("created_at"), LocalTime::toStorage(createdAt));
    return RowWriter::insert(m_database, table, columns);
}

Status SegmentRepository::remove(qint64 segmentId)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failed(transaction.error());
    auto segment = find(segmentId);
    if (!segment)
        return failed(segment.error());
    if (auto r = RowWriter::remove(m_database, table, segmentId); !r)
        return r;
    if (auto r =
            AuditLog::record(m_database, QStringLiteral("delete"), table, segmentId, segment->slug);
        !r)
        return r;
    return transaction->commit();
}

Result<std::optional<Segment>> SegmentRepository::findWhere(const QString& condition,
                                                            const QVariant& value) const
{
    using R = Result<std::optional<Segment>>;
    auto query = Sql::exec(m_database.connection(), selectSql(QStringLiteral("WHERE ") + condition),
                           {{QStringLiteral(":value"), value}});
    if (!query)
        return R::failure(query.error());
    if (!query->next())
        return R(std::nullopt);
    return R(segmentFrom(*query));
}

Result<Segment> SegmentRepository::find(qint64 segmentId) const
{
    auto found = findWhere(QStringLiteral("id = :value"), segmentId);
    if (!found)
        return failure<Segment>(found.error());
    if (!found->has_value())
        return failure<Segment>(
            QCoreApplication::translate("SegmentRepository", "The segment #%1 does not exist.")
                .arg(segmentId));
    return **found;
}

Result<std::optional<Segment>> SegmentRepository::findBySlug(const QString& slug) const
{
    return findWhere(QStringLiteral("slug = :value"), slug.trimmed());
}

Result<QList<Segment>> SegmentRepository::list() const
{
    auto query = Sql::exec(m_database.connection(), selectSql(QStringLiteral("ORDER BY id")));
    if (!query)
        return failure<QList<Segment>>(query.error());
    QList<Segment> segments;
    while (query->next())
        segments << segmentFrom(*query);
    // SQLite's NOCASE knows no accents ("Ávila" would sort after "Zona"); segments are few.
    std::stable_sort(segments.begin(), segments.end(), [](const Segment& a, const Segment& b) {
        return TextFolding::fold(a.name) < TextFolding::fold(b.name);
    });
    return segments;
}

Result<Segment> SegmentRepository::duplicate(qint64 segmentId)
{
    auto source = find(segmentId);
    if (!source)
        return source;
    Segment copy = *source;
    copy.id = 0;
    copy.slug.clear();
    copy.createdAt = {};
    copy.name = QCoreApplication::translate("SegmentRepository", "%1 (copy)").arg(source->name);
    if (auto saved = save(copy); !saved)
        return failure<Segment>(saved.error());
    return copy;
}

Result<int> SegmentRepository::updateCount(qint64 segmentId)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<int>(transaction.error());
    auto segment = find(segmentId);
    if (!segment)
        return failure<int>(segment.error());
    auto rules = storedRules(*segment);
    if (!rules)
        return failure<int>(rules.error());
    auto n = recount(segmentId, *rules);
    if (!n)
        return n;
    if (auto r = AuditLog::record(m_database, QStringLiteral("refresh"), table, segmentId,
                                  segment->slug);
        !r)
        return failure<int>(r.error());
    if (auto r = transaction->commit(); !r)
        return failure<int>(r.error());
    return n;
}

Result<int> SegmentRepository::updateAllCounts()
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<int>(transaction.error());
    auto segments = list();
    if (!segments)
        return failure<int>(segments.error());
    for (const Segment& segment : *segments) {
        auto rules = storedRules(segment);
        if (!rules)
            return failure<int>(rules.error());
        if (auto n = recount(segment.id, *rules); !n)
            return n;
    }
    const auto recounted = int(segments->size());
    if (auto r = AuditLog::record(m_database, QStringLiteral("refresh"), table, 0,
                                  QStringLiteral("member_count of %1 segments").arg(recounted));
        !r)
        return failure<int>(r.error());
    if (auto r = transaction->commit(); !r)
        return failure<int>(r.error());
    return recounted;
}

Result<OwnerFilter> SegmentRepository::filterFor(const Segment& segment) const
{
    auto rules = storedRules(segment);
    if (!rules)
        return failure<OwnerFilter>(rules.error());
    return SegmentQuery::filterFor(m_database.dialect(), *rules);
}

} // namespace huellas
