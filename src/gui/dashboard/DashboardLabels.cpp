#include "DashboardLabels.h"

#include "core/Choices.h"
#include "core/Money.h"
#include "storage/dashboard/DashboardData.h"

#include <QCoreApplication>
#include <QLocale>

namespace huellas::DashboardLabels {
namespace {

// Whole pesos with grouping, for the histogram's bounds ("$1,000").
QString pesos(qint64 centavos)
{
    return QLatin1Char('$') + QLocale().toString(centavos / 100);
}

} // namespace

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double value)
{
    return QCoreApplication::translate("Dashboard", "%1 %").arg(QLocale().toString(value, 'f', 1));
}

QString money(qint64 centavos)
{
    return Money::format(centavos);
}

QString compactMoney(qint64 centavos)
{
    const double pesosValue = double(centavos) / 100.0;
    if (pesosValue >= 1'000'000.0)
        return QCoreApplication::translate("Dashboard", "$%1 M")
            .arg(QLocale().toString(pesosValue / 1'000'000.0, 'f', 1));
    if (pesosValue >= 10'000.0)
        return QCoreApplication::translate("Dashboard", "$%1 k")
            .arg(QLocale().toString(pesosValue / 1'000.0, 'f', 1));
    return pesos(centavos);
}

QString date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : QString();
}

QString month(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

QString shortMonth(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMM yy"));
}

QString churnRisk(const QString& key)
{
    return choiceLabel(ChoiceList::ChurnRisk, key);
}

QString tier(const QString& key)
{
    return choiceLabel(ChoiceList::Tier, key);
}

QString acquisitionSource(const QString& key)
{
    return key.isEmpty() ? QCoreApplication::translate("Dashboard", "Not recorded")
                         : choiceLabel(ChoiceList::AcquisitionSource, key);
}

QString interactionType(const QString& key)
{
    return choiceLabel(ChoiceList::InteractionType, key);
}

QString lifetimeValueBucket(int index)
{
    // Thousands of pesos, short enough for a histogram's category axis.
    const LifetimeValueBucket& b = lifetimeValueBuckets.at(std::size_t(index));
    const auto thousands = [](qint64 centavos) { return QLocale().toString(centavos / 100'000); };
    if (b.above == -LifetimeValueBucket::open)
        return pesos(b.upTo);
    if (b.upTo == LifetimeValueBucket::open)
        return QCoreApplication::translate("Dashboard", "> $%1k").arg(thousands(b.above));
    if (b.above == 0)
        return QCoreApplication::translate("Dashboard", "≤ $%1k").arg(thousands(b.upTo));
    return QCoreApplication::translate("Dashboard", "$%1k–%2k")
        .arg(thousands(b.above), thousands(b.upTo));
}

} // namespace huellas::DashboardLabels
