#include "TestDatabase.h"

#include "core/LocalTime.h"

#include <QTest>

namespace huellas::test {

TestDatabase::TestDatabase()
{
    auto opened = Database::open(path());
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error()));
    m_database = std::move(opened).value();
}

QDateTime localNoon(const QDate& date) { return LocalTime::fromLocal(date, QTime(12, 0)); }

} // namespace huellas::test
