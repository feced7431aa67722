#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace huellas {

// A saved customer segment (the seed's CustomerSegment): named rules plus a cached count of
// the owners they select. The count is a snapshot; it ages as owners change until recounted.
struct Segment
{
    qint64 id = 0; // 0 until saved
    QString name;
    QString slug; // empty: derived from the name on save
    QString description;
    QString rulesJson = QStringLiteral("{}"); // canonical form once saved (SegmentRules::toJson)
    int memberCount = 0;
    QDateTime lastUpdated; // UTC, when memberCount was counted
    bool isActive = true;
    QDateTime createdAt; // UTC
};

} // namespace huellas
