#include "RowImporter.h"

namespace huellas {

Result<RowImporter::Written> RowImporter::save(const ImportRow& row, ExternalIdIndex& index,
                                               UpsertStatement& statement,
                                               const QString& externalId,
                                               const QVariantMap& columns)
{
    const std::optional<ExternalIdIndex::Entry> existing = index.find(externalId);
    if (auto r = index.failure(); !r)
        return failure<Written>(r.error());
    if (!row.writable() || (existing && existing->id == 0)) {
        // Nothing will be committed now; what matters is that rows referencing this one are
        // not reported as "not found" on top of this row's own errors.
        index.markRejected(externalId);
        return Written{};
    }
    if (existing) {
        const qint64 id = existing->id;
        // An unchanged row is left alone by the statement and still counts as matched.
        if (auto r = statement.update(id, columns); !r)
            return failure<Written>(r.error());
        index.forget(externalId);
        return Written{Outcome::Updated, id};
    }
    auto id = statement.insert(columns);
    if (!id)
        return failure<Written>(id.error());
    return Written{Outcome::Inserted, *id};
}

} // namespace huellas
