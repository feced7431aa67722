#pragma once

#include "core/Result.h"

#include <QStringList>

namespace huellas {

class Database;

struct HealthReport
{
    bool healthy = true;
    QStringList lines; // what was checked and what was found, one sentence each
};

// `huellas-cli check`: SQLite's own integrity check, foreign keys, the schema version and the
// cached numbers that must add up.
class HealthCheck final
{
public:
    explicit HealthCheck(Database& database) : m_database(database) {}
    Result<HealthReport> run();

private:
    Database& m_database;
};

} // namespace huellas
