#pragma once

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QtGlobal>

namespace huellas {

class Database;
struct DemoStaffIds;

struct DemoOptions
{
    int owners = 200;
    quint64 seed = 1;
    QDate today; // the end of the three years of history; invalid = LocalTime::today()
};

// The rows this run added (staff: the demo team members that were missing).
struct DemoSummary
{
    int owners = 0;
    int pets = 0;
    int appointments = 0;
    int orders = 0;
    int invoices = 0;
    int conversations = 0;
    int interactions = 0;
    int staff = 0;
};

// Fills the database with realistic Puerto Morelos data: Spanish names with accents, +52 998
// phones, real neighbourhoods, pets, appointments, orders, invoices, conversations and every
// type of interaction over three years. The same seed gives the same data on any machine.
// A database that already has owners gets more (different) ones; all or nothing, in one
// transaction, with the metrics refreshed as of `today` at the end.
class DemoDataGenerator final
{
public:
    explicit DemoDataGenerator(Database& database) : m_database(database) {}
    Result<DemoSummary> generate(const DemoOptions& options);

    // The households generate() would add to an empty database, written instead as DOMAIN.md's
    // six CSV files in `folder` (created if missing), streamed: a million owners are fine.
    // Importing them gives the same owners; see DemoCsvWriter for what CSV cannot carry.
    static Result<DemoSummary> writeCsv(const DemoOptions& options, const QString& folder);

private:
    // The reception, manager and admin accounts the interactions are handled by: existing
    // usernames are reused, missing ones created (counted in `added`).
    Result<DemoStaffIds> ensureStaff(int& added);

    Database& m_database;
};

} // namespace huellas
