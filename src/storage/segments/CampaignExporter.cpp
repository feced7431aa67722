#include "CampaignExporter.h"

#include "core/PhoneNumbers.h"
#include "storage/Database.h"
#include "storage/OwnerCsvExporter.h"
#include "storage/PartialFile.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QFile>

namespace huellas {
namespace {

// The opt-in column per channel: SQL text from this allow-list, never from input.
const char* optInColumn(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::WhatsApp:
        return "o.whatsapp_opt_in";
    case CampaignChannel::Sms:
        return "o.sms_opt_in";
    case CampaignChannel::Email:
        return "o.email_opt_in";
    }
    Q_UNREACHABLE();
}

QString e164(const QString& stored)
{
    if (stored.trimmed().isEmpty())
        return {};
    auto number = PhoneNumbers::normalize(stored);
    return number ? *number : QString();
}

// Empty when the owner cannot be reached on the channel.
QString contactFor(CampaignChannel channel, const QSqlQuery& row)
{
    switch (channel) {
    case CampaignChannel::WhatsApp: {
        const QString whatsapp = e164(row.value(QStringLiteral("whatsapp")).toString());
        return whatsapp.isEmpty() ? e164(row.value(QStringLiteral("phone")).toString()) : whatsapp;
    }
    case CampaignChannel::Sms:
        return e164(row.value(QStringLiteral("phone")).toString());
    case CampaignChannel::Email: {
        const QString email = row.value(QStringLiteral("email")).toString().trimmed();
        return email.contains(QLatin1Char('@')) ? email : QString();
    }
    }
    Q_UNREACHABLE();
}

QString cannotWrite(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, reason);
}

} // namespace

QStringList CampaignExporter::columns()
{
    return {QStringLiteral("external_id"), QStringLiteral("first_name"),
            QStringLiteral("last_name"), QStringLiteral("contact"),
            QStringLiteral("preferred_language")};
}

Result<int> CampaignExporter::exportToFile(const QString& path, CampaignChannel channel,
                                           const OwnerFilter& filter)
{
    PartialFile partial;
    auto partialPath = partial.reserveNextTo(path);
    if (!partialPath)
        return failure<int>(cannotWrite(path, partialPath.error()));
    QFile file(*partialPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure<int>(cannotWrite(path, file.errorString()));
    file.write("\xEF\xBB\xBF");
    auto rows = write(file, channel, filter);
    if (!rows)
        return rows;
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return failure<int>(cannotWrite(path, file.errorString()));
    file.close();
    if (auto moved = partial.moveOver(path); !moved)
        return failure<int>(cannotWrite(path, moved.error()));
    return rows;
}

Result<int> CampaignExporter::write(QIODevice& device, CampaignChannel channel,
                                    const OwnerFilter& filter)
{
    QString where = QStringLiteral(" WHERE %1").arg(QLatin1String(optInColumn(channel)));
    if (!filter.condition.isEmpty())
        where += QStringLiteral(" AND (%1)").arg(filter.condition);
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT o.external_id, o.first_name, o.last_name, "
                                          "o.preferred_language, o.whatsapp, o.phone, o.email "
                                          "FROM owners o") +
                               where + QStringLiteral(" ORDER BY o.id"),
                           filter.params);
    if (!query)
        return failure<int>(query.error());

    if (device.write(columns().join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
        return failure<int>(device.errorString());
    int rows = 0;
    while (query->next()) {
        const QString contact = contactFor(channel, *query);
        if (contact.isEmpty())
            continue;
        // A checked E.164 number is only '+' and digits, never a formula: guarding it would
        // hand the sending tool "'+52…". Free text is guarded as in the owners export.
        const QStringList cells{
            OwnerCsvExporter::guardFormula(query->value(0).toString()),
            OwnerCsvExporter::guardFormula(query->value(1).toString()),
            OwnerCsvExporter::guardFormula(query->value(2).toString()),
            channel == CampaignChannel::Email ? OwnerCsvExporter::guardFormula(contact) : contact,
            OwnerCsvExporter::guardFormula(query->value(3).toString())};
        QStringList line;
        for (const QString& cell : cells)
            line << OwnerCsvExporter::quoted(cell);
        if (device.write(line.join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
            return failure<int>(device.errorString());
        ++rows;
    }
    return rows;
}

} // namespace huellas
