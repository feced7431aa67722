#include "TestDatabase.h"

#include "PostgresTestServer.h"
#include "core/LocalTime.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"

#include <QSqlRecord>
#include <QTest>

namespace huellas::test {

bool TestDatabase::onPostgres() { return qEnvironmentVariableIsSet("HUELLAS_TEST_PG_URL_FILE"); }

TestDatabase::TestDatabase()
{
    ConnectionSpec spec = ConnectionSpec::sqliteFile(path());
    if (onPostgres()) {
        auto url = createScratchDatabase(&m_scratchName);
        if (!url)
            qFatal("cannot create a PostgreSQL test database: %s", qPrintable(url.error()));
        spec = *ConnectionSpec::fromUrl(*url);
    }
    auto opened = Database::open(spec);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error()));
    m_database = std::move(opened).value();
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_scratchName.isEmpty())
        if (auto dropped = dropScratchDatabase(m_scratchName); !dropped)
            qWarning("%s", qPrintable(dropped.error()));
}

QStringList TestDatabase::cliOptions() const
{
    if (spec().isSqlite())
        return {QStringLiteral("--db"), path()};
    return {QStringLiteral("--db-url"), spec().url()};
}

qint64 addOwner(Database& database, const QString& firstName, qint64 referredBy)
{
    Owner owner;
    owner.firstName = firstName;
    owner.lastName = QStringLiteral("Prueba");
    owner.referredBy = referredBy;
    auto id = OwnerRepository(database).save(owner);
    if (!id)
        qFatal("cannot save the owner: %s", qPrintable(id.error()));
    return *id;
}

QStringList dump(Database& database)
{
    const QStringList names =
        database.spec().isSqlite()
            ? column(database, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"))
            : column(database, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                              "table_schema = current_schema() ORDER BY table_name"));
    QStringList lines;
    for (const QString& table : std::as_const(names)) {
        auto rows = Sql::exec(database.connection(), QStringLiteral("SELECT * FROM %1").arg(table));
        if (!rows)
            qFatal("%s", qPrintable(rows.error()));
        QStringList tableLines;
        while (rows->next()) {
            QStringList cells{table};
            for (int c = 0; c < rows->record().count(); ++c)
                cells << rows->value(c).toString();
            tableLines << cells.join(QLatin1Char('|'));
        }
        tableLines.sort(); // row order is the engine's business, not part of "the same data"
        lines << tableLines;
    }
    return lines;
}

QDateTime localNoon(const QDate& date) { return LocalTime::fromLocal(date, QTime(12, 0)); }

QStringList column(Database& database, const QString& sql)
{
    auto query = Sql::exec(database.connection(), sql);
    if (!query)
        qFatal("%s", qPrintable(query.error()));
    QStringList values;
    while (query->next())
        values << query->value(0).toString();
    return values;
}

} // namespace huellas::test
