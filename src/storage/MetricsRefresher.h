#pragma once

#include "core/Result.h"

#include <QDate>
#include <QVariantMap>

namespace huellas {

class Database;

// Recomputes DOMAIN.md's derived metrics with a few set-based statements: for every owner
// (the nightly or start-up refresh) or for one owner (the auto-update after a write, inside
// the caller's transaction).
class MetricsRefresher final
{
public:
    explicit MetricsRefresher(Database& database) : m_database(database) {}

    // Recomputes everything from the activity tables (`refresh --full`, after an import).
    Status refreshAll(const QDate& today);
    // Moves the metrics to another date: only what the date changes — churn risk and the
    // recency part of the engagement score; days since the last visit are derived, not stored
    // (MetricsDateSql) — from the owners' own stored columns, which the auto-update keeps
    // exact on every write. Writes only the owners whose risk or points change; the same
    // results as refreshAll(today) (the tests hold them equal).
    // A database never refreshed gets refreshAll() instead.
    Status moveToDate(const QDate& today);
    Status refreshOwner(qint64 ownerId);
    // moveToDate(today) when the calendar moved since the last refresh; true if it ran.
    Result<bool> refreshIfStale(const QDate& today);
    // The date the stored metrics are computed as of (today when never refreshed).
    QDate asOf() const;

private:
    Status run(const QDate& today, qint64 ownerId);
    Status inTransaction(const QDate& today, const QString& sql, QVariantMap params = {});

    Database& m_database;
};

} // namespace huellas
