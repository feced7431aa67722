#pragma once

#include "DashboardData.h"
#include "storage/InteractionCriteria.h"
#include "storage/OwnerFilter.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace huellas {

class SqlDialect;

// Makes the OwnerFilter behind each dashboard number. The SQL text comes from here; every value
// is bound under a name unique within this factory (":d0", ":d1", …), so filters made by one
// factory can be counted together in one statement, and none clashes with the owner list's own
// ":f" parameters.
class DashboardFilters final
{
public:
    enum class Column
    {
        ChurnRisk,
        Tier,
        AcquisitionSource
    };

    explicit DashboardFilters(const SqlDialect& dialect) : m_dialect(dialect) {}

    OwnerFilter everyone() const { return {}; }
    OwnerFilter equals(Column column, const QString& value);
    OwnerFilter churnRiskIn(const QStringList& risks);
    OwnerFilter visitedWithin(int days);
    OwnerFilter lifetimeValueIn(const LifetimeValueBucket& bucket);
    // Created on a local date in [from, toExclusive).
    OwnerFilter createdBetween(const QDate& from, const QDate& toExclusive);
    // High risk now, and last visit + 181 days (the day the risk turned high) in [from, to).
    OwnerFilter becameHighRiskBetween(const QDate& from, const QDate& toExclusive);
    // Had an interaction of this type on a local date in [from, toExclusive).
    OwnerFilter interactedBetween(const QString& type, const QDate& from, const QDate& toExclusive);
    // Has a follow-up in state `which` as of `date` (storage/FollowUpSql).
    OwnerFilter followUp(FollowUpState which, const QDate& date = {});
    OwnerFilter owner(qint64 ownerId);

    // The SQL (over "interactions i") an open follow-up matches; params go into `filter`.
    QString followUpCondition(FollowUpState which, const QDate& date, OwnerFilter& filter);
    // The bound value of the first instant of a local date, comparable with stored timestamps.
    QVariant startOfLocalDay(const QDate& date) const;

private:
    QString bind(OwnerFilter& filter, const QVariant& value);

    const SqlDialect& m_dialect;
    int m_next = 0;
};

} // namespace huellas
