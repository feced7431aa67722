#pragma once

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace huellas {

struct InteractionRow;

// How the interaction screens write dates, follow-ups and sentiments, so the log, the
// follow-ups list and the dialog read the same.
namespace InteractionFormat {

QString date(const QDate& date);             // 26/11/2026
QString localDate(const QDateTime& utc);     // the clinic's calendar date
QString localDateTime(const QDateTime& utc); // 24/11/2026 15:30, clinic time
// The follow-up cell: its date marked overdue, today or done, "Sin fecha" when it has none;
// empty when none is required.
QString followUp(const InteractionRow& row, const QDate& today);
QString noDate(); // "Sin fecha"
// Red for overdue follow-ups and negative sentiment, green for positive; invalid otherwise.
QColor followUpColor(const InteractionRow& row, const QDate& today);
QColor sentimentColor(const QString& sentiment);
QColor overdueColor();
// The background of an overdue row: a tint that keeps the text readable.
QColor overdueTint();

} // namespace InteractionFormat
} // namespace huellas
