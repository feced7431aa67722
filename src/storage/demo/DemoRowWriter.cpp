#include "DemoRowWriter.h"

#include "storage/Database.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace huellas {
namespace {

const QString externalIdColumn = QStringLiteral("external_id");

} // namespace

Status DemoRowWriter::prepare()
{
    struct Spec
    {
        const char* name;
        const char* prefix; // as OwnerRepository and ActivityRepository assign them
        QVariantMap columns;
        qint64* nextId;
    };
    const std::array<Spec, TableCount> specs{{
        {"owners", "HU", RecordColumns::of(Owner{}), &m_nextIds.owner},
        {"pets", "MA", RecordColumns::of(Pet{}), &m_nextIds.pet},
        {"appointments", "CI", RecordColumns::of(Appointment{}), &m_nextIds.appointment},
        {"orders", "CO", RecordColumns::of(Order{}), &m_nextIds.order},
        {"invoices", "FA", RecordColumns::of(Invoice{}), &m_nextIds.invoice},
        {"conversations", "CV", RecordColumns::of(Conversation{}), &m_nextIds.conversation},
        {"interactions", "IN", RecordColumns::of(Interaction{}), &m_nextIds.interaction},
    }};
    for (size_t i = 0; i < TableCount; ++i) {
        m_tables[i].name = QLatin1String(specs[i].name);
        m_tables[i].prefix = QLatin1String(specs[i].prefix);
        if (auto r = prepareTable(m_tables[i], specs[i].columns, *specs[i].nextId); !r)
            return r;
    }
    m_insertTag = QSqlQuery(m_database.connection());
    if (!m_insertTag.prepare(
            QStringLiteral("INSERT INTO owner_tags (owner_id, tag) VALUES (?, ?)")))
        return failedWith(m_insertTag);
    return {};
}

Status DemoRowWriter::prepareTable(Table& table, const QVariantMap& exampleColumns, qint64& nextId)
{
    const QSqlDatabase db = m_database.connection();
    auto maxId =
        Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table.name));
    if (!maxId)
        return failed(maxId.error());
    nextId = maxId->toLongLong() + 1;

    // Only an imported PREFIX-number above today's largest id (or one with a suffix, as
    // "HU-000123-2") can collide with ours. The prefix is a range of the unique index ('-' + 1
    // is '.'); the leading digits are read here rather than by a cast each engine treats its
    // own way.
    const QString prefix = table.prefix + QLatin1Char('-');
    auto taken = Sql::exec(db,
                           QStringLiteral("SELECT external_id FROM %1 WHERE external_id >= :from AND external_id < :to")
                               .arg(table.name),
                           {{QStringLiteral(":from"), prefix}, {QStringLiteral(":to"), table.prefix + QLatin1Char('.')}});
    if (!taken)
        return failed(taken.error());
    while (taken->next()) {
        const QString externalId = taken->value(0).toString();
        QStringView digits = QStringView(externalId).mid(prefix.size());
        qsizetype length = 0;
        while (length < digits.size() && length < 18 && digits.at(length) >= u'0' && digits.at(length) <= u'9')
            ++length;
        if (length > 0 && digits.first(length).toLongLong() >= nextId)
            table.takenExternalIds.insert(externalId);
    }

    table.columns = exampleColumns.keys();
    QStringList placeholders(table.columns.size() + 1, QStringLiteral("?"));
    table.insert = QSqlQuery(db);
    const QString sql = QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                            .arg(table.name, table.columns.join(QLatin1String(", ")),
                                 placeholders.join(QLatin1String(", ")));
    if (!table.insert.prepare(sql))
        return failedWith(table.insert);
    return {};
}

Status DemoRowWriter::finish()
{
    for (const Table& table : m_tables) {
        const QString sql = m_database.dialect().continueIdsAfter(table.name);
        if (sql.isEmpty())
            continue;
        if (auto r = Sql::exec(m_database.connection(), sql); !r)
            return failed(r.error());
    }
    return {};
}

QString DemoRowWriter::naturalExternalId(const QString& prefix, qint64 id)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(id, 6, 10, QLatin1Char('0'));
}

QString DemoRowWriter::externalIdFor(Table& table, qint64 id)
{
    const QString natural = naturalExternalId(table.prefix, id);
    QString candidate = natural;
    for (int attempt = 2; table.takenExternalIds.contains(candidate); ++attempt)
        candidate = natural + QStringLiteral("-%1").arg(attempt);
    return candidate;
}

Status DemoRowWriter::insertRow(Table& table, qint64 id, QVariantMap columns)
{
    Q_ASSERT(columns.size() == table.columns.size());
    if (columns.value(externalIdColumn).toString().isEmpty())
        columns.insert(externalIdColumn, externalIdFor(table, id));
    table.insert.bindValue(0, id);
    int position = 1;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        table.insert.bindValue(position++, it.value());
    if (!table.insert.exec())
        return failedWith(table.insert);
    return {};
}

Status DemoRowWriter::insertTags(const Owner& owner)
{
    for (const QString& tag : owner.tags) {
        m_insertTag.bindValue(0, owner.id);
        m_insertTag.bindValue(1, tag);
        if (!m_insertTag.exec())
            return failedWith(m_insertTag);
    }
    return {};
}

Status DemoRowWriter::write(const DemoHousehold& household)
{
    const auto insertAll = [this](TableIndex index, const auto& records) -> Status {
        for (const auto& record : records)
            if (auto r = insertRow(m_tables[index], record.id, RecordColumns::of(record)); !r)
                return r;
        return {};
    };
    // Parents before children: owner, pets, the rows that link to pets, then interactions.
    if (auto r =
            insertRow(m_tables[Owners], household.owner.id, RecordColumns::of(household.owner));
        !r)
        return r;
    if (auto r = insertTags(household.owner); !r)
        return r;
    if (auto r = insertAll(Pets, household.pets); !r)
        return r;
    if (auto r = insertAll(Appointments, household.appointments); !r)
        return r;
    if (auto r = insertAll(Orders, household.orders); !r)
        return r;
    if (auto r = insertAll(Invoices, household.invoices); !r)
        return r;
    if (auto r = insertAll(Conversations, household.conversations); !r)
        return r;
    return insertAll(Interactions, household.interactions);
}

Status DemoRowWriter::failedWith(const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return failed(
        QCoreApplication::translate("DemoData", "Could not write the demo data: %1").arg(text));
}

} // namespace huellas
