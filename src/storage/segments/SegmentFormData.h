#pragma once

#include "core/Result.h"
#include "core/rules/RuleTree.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace huellas {

class Database;

// The values in use that the segment builder offers to complete from, so a rule names a tag or
// a neighbourhood exactly as the owners have it (rule lists match exactly).
struct SegmentFormChoices
{
    QStringList tags;
    QStringList cities;
    QStringList neighborhoods;
    QStringList languages;
};

// One owner as the builder's preview table shows it.
struct SegmentPreviewRow
{
    qint64 ownerId = 0;
    QString name;
    QString phone;            // as stored (E.164 when it could be read as a number)
    QString tier;             // the choice key
    qint64 lifetimeValue = 0; // centavos
};

// How many owners a set of rules selects, with the first few of them by name.
struct SegmentPreview
{
    int memberCount = 0;
    QList<SegmentPreviewRow> firstMembers;
};

// What the segment builder reads, kept here so the dialog never touches the database.
namespace SegmentFormData {

Result<SegmentFormChoices> choices(Database& database);
// memberCount is SegmentQuery::count, so the builder agrees with the saved segment's count.
Result<SegmentPreview> preview(Database& database, const RuleTree& rules, int firstMembers = 20);

} // namespace SegmentFormData
} // namespace huellas

Q_DECLARE_METATYPE(huellas::SegmentPreview)
