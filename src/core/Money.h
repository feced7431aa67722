#pragma once

#include "Result.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace huellas {

// Money is integer centavos end to end; these are the only conversions to and from text.
namespace Money {

// "1234.50" — the exchange format (CSV cells, CLI), independent of locale.
QString toDecimal(qint64 centavos);

// "$12,345.50" in es_MX (the locale's own grouping, always two decimals).
QString format(qint64 centavos, const QLocale& locale = QLocale());

// Reads "1234.5", "1234.50", "-3", "$1,234.50"; refuses more than two decimals.
Result<qint64> parse(const QString& text);

// Rule values in JSON are pesos (e.g. 1000 or 1000.5); exact to the centavo, half-up.
qint64 fromPesos(double pesos);

} // namespace Money
} // namespace huellas
