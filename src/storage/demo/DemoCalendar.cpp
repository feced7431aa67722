#include "DemoCalendar.h"

#include "core/LocalTime.h"

#include <algorithm>

namespace huellas {

QDate DemoCalendar::dayBetween(const QDate& from, const QDate& to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(m_random.between64(0, span));
}

std::vector<QDate> DemoCalendar::sortedDaysBetween(int count, const QDate& from, const QDate& to)
{
    std::vector<QDate> days;
    days.reserve(size_t(std::max(count, 0)));
    for (int i = 0; i < count; ++i)
        days.push_back(dayBetween(from, to));
    std::sort(days.begin(), days.end());
    return days;
}

QDateTime DemoCalendar::openingHours(const QDate& date)
{
    return localTime(date, m_random.between(9 * 60, 19 * 60 + 30));
}

QDateTime DemoCalendar::appointmentSlot(const QDate& date)
{
    return localTime(date, 9 * 60 + 30 * m_random.between(0, 19));
}

QDateTime DemoCalendar::minutesAfter(const QDateTime& moment, int minMinutes, int maxMinutes)
{
    return moment.addSecs(60LL * m_random.between(minMinutes, maxMinutes));
}

QDateTime DemoCalendar::localTime(const QDate& date, int minuteOfDay)
{
    return LocalTime::fromLocal(date, QTime(minuteOfDay / 60, minuteOfDay % 60));
}

} // namespace huellas
