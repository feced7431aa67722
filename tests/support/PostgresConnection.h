#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace huellas::test {

// A QPSQL connection of its own, opened from a postgresql://USER@HOST:PORT/NAME URL, for tests
// that talk to the server beside the code under test. Removed again when it goes:
// QSqlDatabase keeps every named connection until it is removed.
class PostgresConnection final
{
    Q_DISABLE_COPY_MOVE(PostgresConnection)

public:
    explicit PostgresConnection(const QString& url);
    ~PostgresConnection();

    bool isOpen() const { return m_database.isOpen(); }
    // Why it did not open.
    const QString& error() const { return m_error; }
    QSqlDatabase database() const { return m_database; }

    // One statement as it is: DDL such as CREATE DATABASE cannot be prepared.
    Status exec(const QString& sql);
    // The first column of the first row, with every value bound.
    Result<QVariant> scalar(const QString& sql, const QVariantMap& params = {});

private:
    QString m_name;
    QSqlDatabase m_database;
    QString m_error;
};

} // namespace huellas::test
