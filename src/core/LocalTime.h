#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace huellas {

// The clinic's clock. Quintana Roo keeps UTC−5 all year (no daylight saving since 2015), so a
// fixed offset is exact and needs no time-zone database on the workstation.
namespace LocalTime {

constexpr int utcOffsetSeconds = -5 * 3600;

QDate dateOf(const QDateTime& utc);
QDateTime toLocal(const QDateTime& utc);
// Local wall-clock date and time to UTC.
QDateTime fromLocal(const QDate& date, const QTime& time);
// ISO 8601 with a zone ("2026-11-24T15:30:00Z", "...-05:00") or local when it has none.
QDateTime parseTimestamp(const QString& text);
// The storage form: "2026-11-24T15:30:00Z".
QString toStorage(const QDateTime& utc);
QDateTime fromStorage(const QString& text);
QDate today();

} // namespace LocalTime
} // namespace huellas
