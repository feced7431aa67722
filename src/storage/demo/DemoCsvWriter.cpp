#include "DemoCsvWriter.h"

#include "DemoRowWriter.h"
#include "core/LocalTime.h"
#include "core/Money.h"
#include "storage/OwnerCsvExporter.h"
#include "storage/import/ImportKind.h"

#include <QCoreApplication>
#include <QDir>

namespace huellas {
namespace {

// Text as the exporter writes it: guarded against spreadsheet formulas, quoted when needed.
QString text(const QString& value)
{
    return OwnerCsvExporter::quoted(OwnerCsvExporter::guardFormula(value));
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString date(const QDate& value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString timestamp(const QDateTime& value)
{
    return value.isValid() ? LocalTime::toStorage(value) : QString();
}

// The external id of a linked row; empty for no link (id 0).
QString link(const char* prefix, qint64 id)
{
    return id > 0 ? DemoRowWriter::naturalExternalId(QLatin1String(prefix), id) : QString();
}

QString own(const QString& externalId, const char* prefix, qint64 id)
{
    return text(externalId.isEmpty() ? link(prefix, id) : externalId);
}

} // namespace

DemoCsvWriter::DemoCsvWriter(QString folder, QHash<qint64, QString> staffUsernames)
    : m_folder(std::move(folder)), m_staffUsernames(std::move(staffUsernames))
{
}

// Files not committed are discarded (QSaveFile), so a failed run leaves nothing behind.
DemoCsvWriter::~DemoCsvWriter() = default;

Status DemoCsvWriter::prepare()
{
    if (!QDir().mkpath(m_folder))
        return failed(QCoreApplication::translate("DemoData", "Cannot create the folder %1.")
                          .arg(QDir::toNativeSeparators(m_folder)));
    const QList<ImportKind> kinds = ImportKinds::inDependencyOrder();
    for (int i = 0; i < FileCount; ++i) {
        const ImportKind kind = kinds.at(i);
        const QString path =
            QDir(m_folder).filePath(ImportKinds::word(kind) + QStringLiteral(".csv"));
        m_files[size_t(i)] = std::make_unique<QSaveFile>(path);
        if (!m_files[size_t(i)]->open(QIODevice::WriteOnly))
            return failedWith(*m_files[size_t(i)]);
        if (auto r = writeRow(FileIndex(i), ImportKinds::columns(kind)); !r)
            return r;
    }
    return {};
}

Status DemoCsvWriter::writeRow(FileIndex file, const QStringList& cells)
{
    QSaveFile& device = *m_files[size_t(file)];
    if (device.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
        return failedWith(device);
    return {};
}

QString DemoCsvWriter::username(qint64 staffId) const
{
    return staffId > 0 ? m_staffUsernames.value(staffId) : QString();
}

Status DemoCsvWriter::write(const DemoHousehold& household)
{
    const Owner& o = household.owner;
    if (auto r = writeRow(Owners, {own(o.externalId, "HU", o.id),
                                   text(o.firstName),
                                   text(o.lastName),
                                   text(o.email),
                                   date(o.birthDate),
                                   text(o.gender),
                                   text(o.occupation),
                                   text(o.phone),
                                   text(o.phoneSecondary),
                                   text(o.whatsapp),
                                   text(o.streetAddress),
                                   text(o.neighborhood),
                                   text(o.city),
                                   text(o.postalCode),
                                   text(o.locationNotes),
                                   text(o.acquisitionSource),
                                   text(o.acquisitionDetail),
                                   text(link("HU", o.referredBy)),
                                   text(o.tier),
                                   text(o.preferredLanguage),
                                   text(o.preferredContactTime),
                                   boolean(o.emailOptIn),
                                   boolean(o.smsOptIn),
                                   boolean(o.whatsappOptIn),
                                   text(o.tags.join(QLatin1Char(';'))),
                                   text(o.notes),
                                   text(o.internalNotes),
                                   timestamp(o.createdAt)});
        !r)
        return r;
    for (const Pet& p : household.pets)
        if (auto r = writeRow(Pets, {own(p.externalId, "MA", p.id), text(link("HU", p.ownerId)),
                                     text(p.name), text(p.species), text(p.breed),
                                     date(p.birthDate), text(p.sex), boolean(p.deceased)});
            !r)
            return r;
    for (const Appointment& a : household.appointments)
        if (auto r =
                writeRow(Appointments, {own(a.externalId, "CI", a.id), text(link("HU", a.ownerId)),
                                        text(link("MA", a.petId)), timestamp(a.scheduledAt),
                                        text(a.status), text(a.reason)});
            !r)
            return r;
    for (const Order& r : household.orders)
        if (auto w = writeRow(Orders, {own(r.externalId, "CO", r.id), text(link("HU", r.ownerId)),
                                       text(r.number), timestamp(r.orderedAt),
                                       Money::toDecimal(r.total), text(r.paymentStatus)});
            !w)
            return w;
    for (const Invoice& f : household.invoices)
        if (auto r = writeRow(Invoices, {own(f.externalId, "FA", f.id), text(link("HU", f.ownerId)),
                                         text(f.number), timestamp(f.issuedAt),
                                         Money::toDecimal(f.total), text(f.status)});
            !r)
            return r;
    for (const Interaction& i : household.interactions)
        if (auto r = writeRow(Interactions,
                              {own(i.externalId, "IN", i.id), text(link("HU", i.ownerId)),
                               text(i.interactionType), text(i.direction), text(i.subject),
                               text(i.summary), text(i.outcome), text(link("MA", i.petId)),
                               text(link("CI", i.appointmentId)), text(link("CO", i.orderId)),
                               text(i.sentiment), text(username(i.handledBy)),
                               boolean(i.requiresFollowUp), date(i.followUpDate),
                               boolean(i.followUpCompleted), timestamp(i.createdAt)});
            !r)
            return r;
    return {};
}

Status DemoCsvWriter::commit()
{
    for (auto& file : m_files)
        if (file && !file->commit())
            return failedWith(*file);
    return {};
}

Status DemoCsvWriter::failedWith(const QSaveFile& file) const
{
    return failed(QCoreApplication::translate("DemoData", "Could not write %1: %2")
                      .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

} // namespace huellas
