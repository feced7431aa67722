#include "TestDatabase.h"

#include "core/LocalTime.h"
#include "storage/OwnerRepository.h"

#include <QTest>

namespace huellas::test {

TestDatabase::TestDatabase()
{
    auto opened = Database::open(path());
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error()));
    m_database = std::move(opened).value();
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

QDateTime localNoon(const QDate& date) { return LocalTime::fromLocal(date, QTime(12, 0)); }

} // namespace huellas::test
