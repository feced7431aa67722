#include "ImportSummary.h"

#include "ImportText.h"

namespace huellas::ImportSummary {

QString counts(const ImportReport& report)
{
    QStringList tables = report.inserted.keys() + report.updated.keys();
    tables.removeDuplicates();
    QStringList parts;
    for (const QString& table : std::as_const(tables))
        parts << ImportText::tr("%1: %2 new, %3 updated")
                     .arg(table)
                     .arg(report.inserted.value(table))
                     .arg(report.updated.value(table));
    return parts.join(QLatin1String("; "));
}

} // namespace huellas::ImportSummary
