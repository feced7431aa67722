#include "PostgresConnection.h"

#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace huellas::test {

namespace {

const QString driver = QStringLiteral("QPSQL");

QString uniqueConnectionName()
{
    static std::atomic<int> count{0};
    return QStringLiteral("huellas_test_postgres_%1").arg(++count);
}

} // namespace

PostgresConnection::PostgresConnection(const QString& url) : m_name(uniqueConnectionName())
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString databaseName = parsed.path().mid(1); // the path is "/NAME"
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("postgresql") ||
        parsed.host().isEmpty() || parsed.port() <= 0 || parsed.userName().isEmpty() ||
        databaseName.isEmpty()) {
        m_error = QStringLiteral("not a postgresql://USER@HOST:PORT/NAME URL: '%1'").arg(url);
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        m_error = QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) "
                                 "is not installed");
        return;
    }
    m_database = QSqlDatabase::addDatabase(driver, m_name);
    m_database.setHostName(parsed.host());
    m_database.setPort(parsed.port());
    m_database.setUserName(parsed.userName());
    m_database.setDatabaseName(databaseName);
    if (!m_database.open())
        m_error =
            QStringLiteral("cannot connect to %1: %2").arg(url, m_database.lastError().text());
}

PostgresConnection::~PostgresConnection()
{
    const bool added = m_database.isValid();
    m_database.close();
    m_database = QSqlDatabase(); // removeDatabase() wants no handle left
    if (added)
        QSqlDatabase::removeDatabase(m_name);
}

Status PostgresConnection::exec(const QString& sql)
{
    if (!isOpen())
        return failed(m_error);
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return failed(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    return {};
}

Result<QVariant> PostgresConnection::scalar(const QString& sql, const QVariantMap& params)
{
    if (!isOpen())
        return failure<QVariant>(m_error);
    return Sql::scalar(m_database, sql, params);
}

} // namespace huellas::test
