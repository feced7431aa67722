#include "Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace huellas::Sql {
namespace {

QString describe(const QSqlError& error, const QString& sql)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString statement = sql.simplified().left(80);
    return QCoreApplication::translate("Storage", "Database error: %1 (in: %2)").arg(text, statement);
}

} // namespace

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantMap& params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failure<QSqlQuery>(describe(query.lastError(), sql));
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec())
        return failure<QSqlQuery>(describe(query.lastError(), sql));
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantMap& params)
{
    auto query = exec(db, sql, params);
    if (!query)
        return failure<QVariant>(query.error());
    QSqlQuery q = std::move(query).value();
    return q.next() ? q.value(0) : QVariant();
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant text(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace huellas::Sql
