#pragma once

#include <QDate>
#include <QList>

#include <array>

namespace huellas {

// What the dashboard covers: `months` calendar months ending with the month of `asOf` (the
// date the stored metrics are computed as of), so "12 months" on 24/11/2026 runs from
// 01/12/2025 to 24/11/2026. Weekly charts start on the Monday on or before the first day.
struct DashboardPeriod
{
    static constexpr std::array<int, 4> monthChoices{3, 6, 12, 24};

    QDate asOf;
    int months = 12;

    QDate firstDay() const;
    // The day after asOf: every range ends before it.
    QDate endExclusive() const { return asOf.addDays(1); }
    // The first day of each month, oldest first (`months` of them).
    QList<QDate> monthStarts() const;
    QDate firstWeekStart() const;
    // Weeks from firstWeekStart() through the week of asOf.
    int weekCount() const;

    bool operator==(const DashboardPeriod&) const = default;
};

} // namespace huellas
