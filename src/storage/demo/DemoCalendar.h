#pragma once

#include "DemoRandom.h"

#include <QDate>
#include <QDateTime>

#include <vector>

namespace huellas {

// The three years of demo history that end on `today`, and the clinic's opening hours in
// local (America/Cancun) time. Every timestamp it hands out is UTC, as storage wants it.
class DemoCalendar final
{
public:
    static constexpr int historyYears = 3;
    static constexpr int daysAhead = 30; // how far scheduled appointments reach

    DemoCalendar(const QDate& today, DemoRandom& random)
        : m_today(today), m_start(today.addYears(-historyYears)), m_random(random)
    {
    }

    const QDate& today() const { return m_today; }
    const QDate& start() const { return m_start; }

    // A uniformly drawn day in [from, to]; `from` when the range is empty.
    QDate dayBetween(const QDate& from, const QDate& to);
    // `count` such days, in calendar order (rows get ids in the order things happened).
    std::vector<QDate> sortedDaysBetween(int count, const QDate& from, const QDate& to);
    // A moment on that day while the clinic is open (9:00–19:30).
    QDateTime openingHours(const QDate& date);
    // An appointment slot on that day: on the half hour, 9:00–18:30.
    QDateTime appointmentSlot(const QDate& date);
    // A moment between `minMinutes` and `maxMinutes` after `moment`.
    QDateTime minutesAfter(const QDateTime& moment, int minMinutes, int maxMinutes);
    static QDateTime localTime(const QDate& date, int minuteOfDay);

private:
    QDate m_today;
    QDate m_start;
    DemoRandom& m_random;
};

} // namespace huellas
