#include "OwnerCsvExporter.h"

#include "OwnerExportQuery.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace huellas {
namespace {

QString boolean(const QVariant& v) { return v.toInt() ? QStringLiteral("true") : QStringLiteral("false"); }

} // namespace

QString OwnerCsvExporter::quoted(const QString& cell)
{
    static const QString special = QStringLiteral(",;\"\r\n");
    bool needsQuotes = cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    for (const QChar c : cell)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList OwnerCsvExporter::importColumns()
{
    return QStringLiteral(
               "external_id,first_name,last_name,email,birth_date,gender,occupation,phone,"
               "phone_secondary,whatsapp,street_address,neighborhood,city,postal_code,location_notes,"
               "acquisition_source,acquisition_detail,referred_by,tier,preferred_language,"
               "preferred_contact_time,email_opt_in,sms_opt_in,whatsapp_opt_in,tags,notes,"
               "internal_notes,created_at")
        .split(QLatin1Char(','));
}

QStringList OwnerCsvExporter::derivedColumns()
{
    return QStringLiteral("total_visits,first_visit_date,last_visit_date,days_since_last_visit,"
                          "lifetime_value,average_order_value,engagement_score,churn_risk,"
                          "last_engagement_date,referrals_made")
        .split(QLatin1Char(','));
}

QString OwnerCsvExporter::guardFormula(const QString& cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && triggers.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

Result<int> OwnerCsvExporter::exportToFile(const QString& path, const OwnerFilter& filter)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure<int>(QCoreApplication::translate("Export", "Cannot write %1: %2")
                                .arg(path, file.errorString()));
    file.write("\xEF\xBB\xBF");
    auto rows = write(file, filter);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return failure<int>(QCoreApplication::translate("Export", "Cannot write %1: %2")
                                .arg(path, file.errorString()));
    return rows;
}

Result<int> OwnerCsvExporter::write(QIODevice& device, const OwnerFilter& filter)
{
    auto query = OwnerExportQuery::run(m_database, filter);
    if (!query)
        return failure<int>(query.error());

    const QStringList columns = importColumns() + derivedColumns();
    const QStringList booleans{QStringLiteral("email_opt_in"), QStringLiteral("sms_opt_in"),
                               QStringLiteral("whatsapp_opt_in")};
    const QStringList money{QStringLiteral("lifetime_value"), QStringLiteral("average_order_value")};
    device.write(columns.join(QLatin1Char(',')).toUtf8() + "\r\n");
    int rows = 0;
    while (query->next()) {
        QStringList cells;
        cells.reserve(columns.size());
        for (const QString& column : columns) {
            const QVariant value = OwnerExportQuery::value(*query, column);
            QString cell;
            if (booleans.contains(column))
                cell = boolean(value);
            else if (money.contains(column))
                cell = Money::toDecimal(value.toLongLong());
            else
                cell = guardFormula(value.toString());
            cells << quoted(cell);
        }
        if (device.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
            return failure<int>(device.errorString());
        ++rows;
    }
    return rows;
}

} // namespace huellas
