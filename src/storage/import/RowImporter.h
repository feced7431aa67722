#pragma once

#include "ImportContext.h"
#include "ImportRow.h"
#include "UpsertStatement.h"
#include "storage/RecordColumns.h"

#include <QVariantMap>

namespace huellas {

// Reads one kind of row into its record, checks it and writes it: an insert, or an update of
// the row with the same external_id (so re-importing a file never duplicates).
class RowImporter
{
public:
    enum class Outcome
    {
        Inserted,
        Updated, // matched by external_id, whether or not a value differed
        NotWritten
    };

    virtual ~RowImporter() = default;
    // `externalId` is already checked: present and not repeated in its file.
    virtual Result<Outcome> import(ImportRow& row, const QString& externalId) = 0;
    // Work that needs every row of every file first (owners' referrals); row problems it
    // finds go to `errors`.
    virtual Status finish(ImportProblems& errors)
    {
        Q_UNUSED(errors);
        return {};
    }

protected:
    struct Written
    {
        Outcome outcome = Outcome::NotWritten;
        qint64 id = 0;
    };

    // Writes `columns` unless the row has a problem; a row not written is marked rejected in
    // `index` (a written one the table itself records).
    static Result<Written> save(const ImportRow& row, ExternalIdIndex& index,
                                UpsertStatement& statement, const QString& externalId,
                                const QVariantMap& columns);
    // The record's columns minus those no import file carries.
    template <typename Record> static QStringList columnsOf(const QStringList& notInFiles = {})
    {
        QStringList columns = RecordColumns::of(Record{}).keys();
        for (const QString& column : notInFiles)
            columns.removeAll(column);
        return columns;
    }
    // A NULL the UpsertStatement reads as "the file left it empty".
    static QVariant leftEmpty() { return QVariant(QMetaType::fromType<QString>()); }
};

} // namespace huellas
