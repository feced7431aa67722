#include "Money.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

namespace huellas::Money {

QString toDecimal(qint64 centavos)
{
    const qint64 magnitude = std::llabs(centavos);
    return QStringLiteral("%1%2.%3")
        .arg(centavos < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString format(qint64 centavos, const QLocale& locale)
{
    const qint64 magnitude = std::llabs(centavos);
    const QString pesos = locale.toString(magnitude / 100);
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1$%2%3%4")
        .arg(centavos < 0 ? QStringLiteral("-") : QString(), pesos, locale.decimalPoint(), cents);
}

Result<qint64> parse(const QString& text)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char('$')).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    const auto invalid = [&text] {
        return failure<qint64>(
            QCoreApplication::translate("Money", "not an amount in pesos: \"%1\"").arg(text));
    };
    if (s.isEmpty())
        return invalid();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > 2 || (dot >= 0 && fraction.isEmpty()))
        return invalid();
    for (const QChar c : whole + fraction)
        if (!c.isDigit() || c.unicode() > 127)
            return invalid();
    if (whole.size() > 15)
        return invalid();
    const qint64 cents = whole.toLongLong() * 100 + fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    return negative ? -cents : cents;
}

qint64 fromPesos(double pesos)
{
    return static_cast<qint64>(std::floor(pesos * 100.0 + 0.5 + 1e-9));
}

} // namespace huellas::Money
