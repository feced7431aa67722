#pragma once

#include "core/Result.h"

#include <QDate>

namespace huellas {

class Database;

// Recomputes DOMAIN.md's derived metrics with a few set-based statements: for every owner
// (the nightly or start-up refresh) or for one owner (the auto-update after a write, inside
// the caller's transaction).
class MetricsRefresher final
{
public:
    explicit MetricsRefresher(Database& database) : m_database(database) {}

    Status refreshAll(const QDate& today);
    Status refreshOwner(qint64 ownerId);
    // Refreshes everyone when the calendar moved since the last refresh; true if it ran.
    Result<bool> refreshIfStale(const QDate& today);
    // The date the stored metrics are computed as of (today when never refreshed).
    QDate asOf() const;

private:
    Status run(const QDate& today, qint64 ownerId);

    Database& m_database;
};

} // namespace huellas
