#include "ConnectionSpec.h"

#include <QCoreApplication>
#include <QUrl>

namespace huellas {

ConnectionSpec ConnectionSpec::sqliteFile(const QString& path)
{
    ConnectionSpec spec;
    spec.m_filePath = path;
    return spec;
}

ConnectionSpec ConnectionSpec::postgres(const QString& user, const QString& host, int port, const QString& databaseName)
{
    ConnectionSpec spec;
    spec.m_engine = Engine::Postgres;
    spec.m_user = user;
    spec.m_host = host;
    spec.m_port = port;
    spec.m_databaseName = databaseName;
    return spec;
}

Result<ConnectionSpec> ConnectionSpec::fromUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // The message never repeats a password someone typed into the address.
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : text;
    const auto refused = [&shown](const QString& why) {
        return Result<ConnectionSpec>::failure(
            QCoreApplication::translate("ConnectionSpec", "The database address %1 is not valid: %2. Write it as "
                                                          "postgresql://USER@HOST:PORT/NAME.")
                .arg(shown, why));
    };
    if (!url.isValid())
        return refused(url.errorString());
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return refused(QCoreApplication::translate("ConnectionSpec", "it does not start with postgresql://"));
    if (!url.password().isEmpty())
        return refused(QCoreApplication::translate("ConnectionSpec", "it contains a password; keep it in ~/.pgpass "
                                                                     "(or in the file PGPASSFILE names) instead"));
    if (url.userName().isEmpty())
        return refused(QCoreApplication::translate("ConnectionSpec", "the user is missing"));
    if (url.host().isEmpty())
        return refused(QCoreApplication::translate("ConnectionSpec", "the server is missing"));
    QString name = url.path();
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return refused(QCoreApplication::translate("ConnectionSpec", "the database name is missing"));
    if (url.hasQuery() || url.hasFragment())
        return refused(QCoreApplication::translate("ConnectionSpec", "options after the name are not accepted"));
    return postgres(url.userName(), url.host(), url.port(defaultPostgresPort), name);
}

QString ConnectionSpec::url() const
{
    if (isSqlite())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    return url.toString();
}

bool ConnectionSpec::operator==(const ConnectionSpec& other) const
{
    return m_engine == other.m_engine && m_filePath == other.m_filePath && m_user == other.m_user &&
           m_host == other.m_host && m_port == other.m_port && m_databaseName == other.m_databaseName;
}

} // namespace huellas
