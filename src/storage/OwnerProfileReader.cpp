#include "OwnerProfileReader.h"

#include "Database.h"
#include "RecordColumns.h"
#include "Sql.h"

namespace huellas {
namespace {

template <typename Record>
Result<QList<Record>> readRows(const Database& database, const QString& sql, qint64 ownerId,
                               Record (*from)(const QSqlRecord&))
{
    auto query = Sql::exec(database.connection(), sql, {{QStringLiteral(":o"), ownerId}});
    if (!query)
        return failure<QList<Record>>(query.error());
    QList<Record> rows;
    while (query->next())
        rows << from(query->record());
    return rows;
}

} // namespace

Result<QList<Appointment>> OwnerProfileReader::appointmentsOf(qint64 ownerId) const
{
    return readRows(m_database,
                    QStringLiteral("SELECT * FROM appointments WHERE owner_id = :o "
                                   "ORDER BY scheduled_at DESC, id DESC"),
                    ownerId, &RecordColumns::appointmentFrom);
}

Result<QList<Order>> OwnerProfileReader::ordersOf(qint64 ownerId) const
{
    return readRows(m_database,
                    QStringLiteral("SELECT * FROM orders WHERE owner_id = :o "
                                   "ORDER BY ordered_at DESC, id DESC"),
                    ownerId, &RecordColumns::orderFrom);
}

Result<QList<Invoice>> OwnerProfileReader::invoicesOf(qint64 ownerId) const
{
    return readRows(m_database,
                    QStringLiteral("SELECT * FROM invoices WHERE owner_id = :o "
                                   "ORDER BY issued_at DESC, id DESC"),
                    ownerId, &RecordColumns::invoiceFrom);
}

Result<OwnerProfile::Lookups> OwnerProfileReader::lookups() const
{
    OwnerProfile::Lookups lookups;
    auto owners = ownerNames();
    if (!owners)
        return failure<OwnerProfile::Lookups>(owners.error());
    auto tags = usedTags();
    if (!tags)
        return failure<OwnerProfile::Lookups>(tags.error());
    auto staff = staffWithoutPasswords();
    if (!staff)
        return failure<OwnerProfile::Lookups>(staff.error());
    lookups.owners = std::move(owners).value();
    lookups.usedTags = std::move(tags).value();
    lookups.staff = std::move(staff).value();
    return lookups;
}

Result<QList<OwnerProfile::OwnerName>> OwnerProfileReader::ownerNames() const
{
    auto query =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT id, trim(first_name || ' ' || last_name), external_id "
                                 "FROM owners ORDER BY %1, %2, id")
                      .arg(m_database.dialect().caseInsensitiveOrder(QStringLiteral("first_name")),
                           m_database.dialect().caseInsensitiveOrder(QStringLiteral("last_name"))));
    if (!query)
        return failure<QList<OwnerProfile::OwnerName>>(query.error());
    QList<OwnerProfile::OwnerName> names;
    while (query->next())
        names.append(
            {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    return names;
}

Result<QStringList> OwnerProfileReader::usedTags() const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT DISTINCT tag FROM owner_tags ORDER BY tag"));
    if (!query)
        return failure<QStringList>(query.error());
    QStringList tags;
    while (query->next())
        tags << query->value(0).toString();
    return tags;
}

Result<QList<Staff>> OwnerProfileReader::staffWithoutPasswords() const
{
    // The form only shows who handled an interaction; hashes stay in the database.
    auto query =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT id, username, display_name, role, '' AS password_hash, "
                                 "active FROM staff ORDER BY display_name, username"));
    if (!query)
        return failure<QList<Staff>>(query.error());
    QList<Staff> staff;
    while (query->next())
        staff << RecordColumns::staffFrom(query->record());
    return staff;
}

} // namespace huellas
