#include "PostgresTestServer.h"

#include "PostgresConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <atomic>

namespace huellas::test {

namespace {

// A database name cannot be a bound parameter, so it is pasted into the SQL: only the names
// createScratchDatabase() makes, letters, digits and underscores, ever are.
bool isScratchName(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^huellas_test_[0-9]+_[0-9]+$"));
    return allowed.match(name).hasMatch();
}

} // namespace

QString serverUrl(QString* error)
{
    const auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return QString();
    };
    const QString fileName = qEnvironmentVariable("HUELLAS_TEST_PG_URL_FILE");
    if (fileName.isEmpty())
        return fail(QStringLiteral("HUELLAS_TEST_PG_URL_FILE is not set: run the PostgreSQL tests "
                                   "through ctest, which starts their server (postgres/start)"));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QStringLiteral("no PostgreSQL test server: cannot read its URL from %1 (%2); "
                                   "did the test postgres/start fail?")
                        .arg(fileName, file.errorString()));
    const QString url = QString::fromUtf8(file.readAll()).trimmed();
    if (url.isEmpty())
        return fail(QStringLiteral("no PostgreSQL test server: %1 is empty").arg(fileName));
    return url;
}

Result<QString> createScratchDatabase(QString* nameOut)
{
    QString error;
    const QString adminUrl = serverUrl(&error);
    if (adminUrl.isEmpty())
        return failure<QString>(error);
    static std::atomic<int> count{0};
    const QString name =
        QStringLiteral("huellas_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
    PostgresConnection admin(adminUrl);
    if (Status created = admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name)); !created)
        return failure<QString>(created.error());
    if (nameOut)
        *nameOut = name;
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

Status dropScratchDatabase(const QString& name)
{
    if (!isScratchName(name))
        return failed(QStringLiteral("'%1' is not a scratch database name").arg(name));
    QString error;
    const QString adminUrl = serverUrl(&error);
    if (adminUrl.isEmpty())
        return failed(error);
    PostgresConnection admin(adminUrl);
    // FORCE ends the connections still open to it, which would otherwise block the drop.
    return admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

} // namespace huellas::test
