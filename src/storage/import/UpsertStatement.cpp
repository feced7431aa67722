#include "UpsertStatement.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas {

using Sql::describe;

UpsertStatement::UpsertStatement(Database& database, QString table, QStringList columns,
                                 QVariantMap whenLeftEmpty, QStringList onlyWithChanges)
    : m_table(std::move(table)), m_columns(std::move(columns)),
      m_whenLeftEmpty(std::move(whenLeftEmpty)), m_insert(database.connection()),
      m_update(database.connection())
{
    m_columns.sort(); // the order of QVariantMap keys, see inColumnOrder()
    for (int i = 0; i < m_columns.size(); ++i)
        if (!onlyWithChanges.contains(m_columns.at(i)))
            m_compared << i;
}

Status UpsertStatement::prepare()
{
    if (m_prepared)
        return {};
    QStringList placeholders;
    QStringList assignments;
    QStringList differences;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString& column = m_columns.at(i);
        const QString value = m_whenLeftEmpty.contains(column)
                                  ? QStringLiteral("coalesce(?, %1)").arg(column)
                                  : QStringLiteral("?");
        placeholders << QStringLiteral("?");
        assignments << QStringLiteral("%1 = %2").arg(column, value);
        if (m_compared.contains(i))
            differences << QStringLiteral("%1 IS DISTINCT FROM %2").arg(column, value);
    }
    // RETURNING, not lastInsertId(): PostgreSQL's driver has no last insert id to give.
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                               .arg(m_table, m_columns.join(QLatin1String(", ")),
                                    placeholders.join(QLatin1String(", ")));
    const QString update = QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND (%3)")
                               .arg(m_table, assignments.join(QLatin1String(", ")),
                                    differences.join(QLatin1String(" OR ")));
    if (!m_insert.prepare(insert))
        return failed(describe(m_insert));
    if (!m_update.prepare(update))
        return failed(describe(m_update));
    m_prepared = true;
    return {};
}

// `values` and m_columns are both sorted by column name, so one walk finds every value
// without a lookup per column (this runs for every cell of a 100,000-row import).
QVariantList UpsertStatement::inColumnOrder(const QVariantMap& values, bool inserting) const
{
    QVariantList ordered;
    ordered.reserve(m_columns.size());
    auto value = values.cbegin();
    for (const QString& column : m_columns) {
        while (value != values.cend() && value.key() < column)
            ++value;
        const bool present = value != values.cend() && value.key() == column;
        const QVariant bound = present ? value.value() : QVariant();
        const bool useDefault = inserting && bound.isNull() && m_whenLeftEmpty.contains(column);
        ordered << (useDefault ? m_whenLeftEmpty.value(column) : bound);
    }
    return ordered;
}

Result<qint64> UpsertStatement::insert(const QVariantMap& values)
{
    if (auto r = prepare(); !r)
        return failure<qint64>(r.error());
    const QVariantList ordered = inColumnOrder(values, true);
    for (int i = 0; i < ordered.size(); ++i)
        m_insert.bindValue(i, ordered.at(i));
    const bool done = m_insert.exec();
    const Result<qint64> id = done ? Result<qint64>(m_insert.next() ? m_insert.value(0).toLongLong() : 0)
                                   : failure<qint64>(describe(m_insert));
    m_insert.finish(); // release the statement so COMMIT and ROLLBACK never meet it active
    return id;
}

Result<bool> UpsertStatement::update(qint64 id, const QVariantMap& values)
{
    if (auto r = prepare(); !r)
        return failure<bool>(r.error());
    // SET takes every column, then the id, then the WHERE's comparisons take them again.
    const QVariantList ordered = inColumnOrder(values, false);
    int position = 0;
    for (const QVariant& value : ordered)
        m_update.bindValue(position++, value);
    m_update.bindValue(position++, id);
    for (const int column : std::as_const(m_compared))
        m_update.bindValue(position++, ordered.at(column));
    const bool done = m_update.exec();
    const Result<bool> changed =
        done ? Result<bool>(m_update.numRowsAffected() > 0) : failure<bool>(describe(m_update));
    m_update.finish();
    return changed;
}

} // namespace huellas
