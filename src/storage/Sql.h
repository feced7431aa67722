#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace huellas::Sql {

// The one place that prepares, binds and checks a statement. Every value is a bound
// parameter (":name" → value); the SQL text comes from code, never from input.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantMap& params = {});

// Runs SQL text from code as it is, unprepared: a migration script, which on PostgreSQL holds
// many statements and function bodies, and BEGIN, COMMIT or SAVEPOINT, which its driver cannot
// prepare. Nothing in it is bound, so nothing in it may come from input.
Status execScript(const QSqlDatabase& db, const QString& script);

// For statements prepared once and run for every row of a large job: the same error texts
// as exec(). run() leaves a SELECT active for reading; the caller finish()es it.
Status prepare(QSqlQuery& query, const QString& sql);
Status run(QSqlQuery& query);
// What went wrong with a query that failed, for a person: the cause first when it is one they
// can act on (locked, read-only, full, a server gone), then the engine's text and the statement.
QString describe(const QSqlQuery& query);

// First column of the first row, or a null QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantMap& params = {});

// A null QVariant for empty strings and invalid dates, so optional columns store NULL.
QVariant nullable(const QString& text);
QVariant nullable(const QDate& date);
QVariant nullableId(qint64 id);
// The SQLite driver binds a null QString as NULL; NOT NULL text columns get '' instead.
QVariant text(const QString& text);

} // namespace huellas::Sql
