#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace huellas {

// Everything that differs between database engines, in one place. SQLite is the embedded
// default; a PostgreSQL dialect implements the same functions.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The Qt driver name, e.g. "QSQLITE".
    virtual QString driver() const = 0;
    // Folder of the numbered migration scripts in the resources, e.g. ":/sql/sqlite".
    virtual QString migrationsFolder() const = 0;
    // Starts the outermost write transaction, taking the write lock at once.
    virtual QString beginWrite() const = 0;
    // The clinic-local calendar date (text 'YYYY-MM-DD') of a stored UTC timestamp column.
    virtual QString localDate(const QString& timestampExpr) const = 0;
    // Whole days from one 'YYYY-MM-DD' expression to another (to − from).
    virtual QString daysBetween(const QString& fromDateExpr, const QString& toDateExpr) const = 0;
    // The 'YYYY-MM-DD' date `daysExpr` (a whole number) days before a 'YYYY-MM-DD' expression.
    virtual QString dateMinusDays(const QString& dateExpr, const QString& daysExpr) const = 0;
    // The current moment, as localDate() reads a timestamp.
    virtual QString now() const = 0;
    // The larger / smaller of two values of the same type (NULLs must be handled by the caller).
    virtual QString greatest(const QString& a, const QString& b) const = 0;
    virtual QString least(const QString& a, const QString& b) const = 0;
    // Case- and accent-insensitive containment of a bound pattern is engine specific.
    virtual QString containsText(const QString& columnExpr, const QString& param) const = 0;
    // The bound value that compares with a stored timestamp column in time order.
    virtual QVariant timestampValue(const QDateTime& utc) const = 0;
    // The same value, hidden from the planner's index choice: when a condition keeps much of a
    // wide table, one scan beats an index lookup per row. Engines that need no hint return it.
    virtual QString unindexed(const QString& columnExpr) const { return columnExpr; }

    // The owners' search index (schema 3) and which of its parts a search reads.
    enum class OwnerSearchPart { Text /* folded name, email, tags */, Phones /* digits */ };
    // The shortest term the index can find; shorter ones are matched without it.
    virtual int ownerSearchMinimumLength() const = 0;
    // A SELECT of the ids of the owners in whose part each of `terms` occurs (folded for Text,
    // digits for Phones; none shorter than the minimum). `bind` makes a parameter of a value.
    virtual QString ownerSearchIds(OwnerSearchPart part, const QStringList& terms,
                                   const std::function<QString(const QVariant&)>& bind) const = 0;
};

std::unique_ptr<SqlDialect> makeSqliteDialect();

} // namespace huellas
