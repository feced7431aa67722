#include "InteractionFormat.h"

#include "core/LocalTime.h"
#include "storage/InteractionRow.h"

#include <QCoreApplication>

namespace huellas::InteractionFormat {
namespace {

const QColor red(0xc6, 0x28, 0x28);
const QColor green(0x2e, 0x7d, 0x32);
const QColor grey(0x75, 0x75, 0x75);

} // namespace

QString date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString localDate(const QDateTime& utc)
{
    return utc.isValid() ? date(LocalTime::dateOf(utc)) : QString();
}

QString localDateTime(const QDateTime& utc)
{
    return utc.isValid() ? LocalTime::toLocal(utc).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                         : QString();
}

QString followUp(const InteractionRow& row, const QDate& today)
{
    const QString when = date(row.followUpDate);
    switch (row.followUpStatus(today)) {
    case FollowUpStatus::None:
        return {};
    case FollowUpStatus::Done:
        return when.isEmpty() ? QCoreApplication::translate("InteractionFormat", "done")
                              : QCoreApplication::translate("InteractionFormat", "%1 (done)").arg(when);
    case FollowUpStatus::Overdue:
        return QCoreApplication::translate("InteractionFormat", "%1 (overdue)").arg(when);
    case FollowUpStatus::DueToday:
        return QCoreApplication::translate("InteractionFormat", "%1 (today)").arg(when);
    case FollowUpStatus::Undated:
        return noDate();
    case FollowUpStatus::Upcoming:
        return when;
    }
    return when;
}

QString noDate()
{
    return QCoreApplication::translate("InteractionFormat", "No date");
}

QColor followUpColor(const InteractionRow& row, const QDate& today)
{
    switch (row.followUpStatus(today)) {
    case FollowUpStatus::Done:
        return grey;
    case FollowUpStatus::Overdue:
        return red;
    default:
        return {};
    }
}

QColor sentimentColor(const QString& sentiment)
{
    if (sentiment == QLatin1String("negative"))
        return red;
    if (sentiment == QLatin1String("positive"))
        return green;
    return {};
}

QColor overdueColor()
{
    return red;
}

QColor overdueTint()
{
    return QColor(0xfd, 0xec, 0xea);
}

} // namespace huellas::InteractionFormat
