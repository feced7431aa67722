#include "ImportKind.h"

#include "storage/OwnerCsvExporter.h"

#include <QFileInfo>

namespace huellas::ImportKinds {
namespace {

QStringList split(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
}

} // namespace

QList<ImportKind> inDependencyOrder()
{
    return {ImportKind::Owners, ImportKind::Pets,     ImportKind::Appointments,
            ImportKind::Orders, ImportKind::Invoices, ImportKind::Interactions};
}

QString word(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Owners:
        return QStringLiteral("owners");
    case ImportKind::Pets:
        return QStringLiteral("pets");
    case ImportKind::Appointments:
        return QStringLiteral("appointments");
    case ImportKind::Orders:
        return QStringLiteral("orders");
    case ImportKind::Invoices:
        return QStringLiteral("invoices");
    case ImportKind::Interactions:
        return QStringLiteral("interactions");
    }
    Q_UNREACHABLE();
}

std::optional<ImportKind> fromFileName(const QString& path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    std::optional<ImportKind> found;
    for (const ImportKind kind : inDependencyOrder()) {
        if (!name.contains(word(kind)))
            continue;
        if (found)
            return std::nullopt;
        found = kind;
    }
    return found;
}

QStringList columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Owners:
        return OwnerCsvExporter::importColumns();
    case ImportKind::Pets:
        return split("external_id,owner_external_id,name,species,breed,birth_date,sex,deceased");
    case ImportKind::Appointments:
        return split("external_id,owner_external_id,pet_external_id,scheduled_at,status,reason");
    case ImportKind::Orders:
        return split("external_id,owner_external_id,number,ordered_at,total,payment_status");
    case ImportKind::Invoices:
        return split("external_id,owner_external_id,number,issued_at,total,status");
    case ImportKind::Interactions:
        return split("external_id,owner_external_id,interaction_type,direction,subject,summary,"
                     "outcome,pet_external_id,appointment_external_id,order_external_id,sentiment,"
                     "handled_by,requires_follow_up,follow_up_date,follow_up_completed,created_at");
    }
    Q_UNREACHABLE();
}

QStringList requiredColumns(ImportKind kind)
{
    if (kind == ImportKind::Owners)
        return {QStringLiteral("external_id")};
    return {QStringLiteral("external_id"), QStringLiteral("owner_external_id")};
}

QStringList ignoredColumns(ImportKind kind)
{
    return kind == ImportKind::Owners ? OwnerCsvExporter::derivedColumns() : QStringList();
}

} // namespace huellas::ImportKinds
