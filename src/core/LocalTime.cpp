#include "LocalTime.h"

#include <QTimeZone>

#include <cstdio>

namespace huellas::LocalTime {

QDate dateOf(const QDateTime& utc) { return toLocal(utc).date(); }

QDateTime toLocal(const QDateTime& utc)
{
    return utc.toOffsetFromUtc(utcOffsetSeconds);
}

QDateTime fromLocal(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, Qt::OffsetFromUTC, utcOffsetSeconds).toUTC();
}

QDateTime parseTimestamp(const QString& text)
{
    const QString s = text.trimmed();
    QDateTime parsed = QDateTime::fromString(s, Qt::ISODate);
    if (!parsed.isValid()) {
        // A bare date is midnight local time.
        const QDate date = QDate::fromString(s, Qt::ISODate);
        return date.isValid() ? fromLocal(date, QTime(0, 0)) : QDateTime();
    }
    if (parsed.timeSpec() == Qt::LocalTime) // no zone in the text: the clinic's local time
        return fromLocal(parsed.date(), parsed.time());
    return parsed.toUTC();
}

QString toStorage(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime u = utc.toUTC();
    const QDate date = u.date();
    if (date.year() < 1 || date.year() > 9999)
        return u.toString(Qt::ISODate);
    // What toString(Qt::ISODate) writes ("2026-11-24T17:04:00Z"), without its format parser:
    // an import of sixteen million rows stores a timestamp for nearly every one.
    const QTime time = u.time();
    char text[24];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(),
                  date.day(), time.hour(), time.minute(), time.second());
    return QString::fromLatin1(text);
}

QDateTime fromStorage(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

QDate today() { return dateOf(QDateTime::currentDateTimeUtc()); }

} // namespace huellas::LocalTime
