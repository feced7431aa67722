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
    // Whether a migration script runs as one text (PostgreSQL's simple query protocol takes
    // many statements and $$-quoted function bodies) or split into statements (SQLite runs one
    // statement at a time; see the boundary rule at the top of sqlite/001_initial.sql).
    virtual bool runsScriptsWhole() const = 0;
    // What an empty database gets before the first script: the schema_version table, and on
    // SQLite the application id that tells our files from other programs'.
    // (Idempotent: a second desk may run it after the first under schemaLock.)
    virtual QStringList schemaBootstrap() const = 0;
    // Statements that, inside the write transaction, keep other connections from migrating at
    // the same time (none where beginWrite already takes the database's write lock).
    virtual QStringList schemaLock() const { return {}; }
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
    // The smaller of two values of the same type (NULLs must be handled by the caller; for
    // the latest of dates that may be NULL, latestDate()).
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

    // An ORDER BY key that ignores ASCII case, as SQLite's NOCASE does ("ávila" and "Ávila"
    // still differ: names sort accent-blind through the folded sort_name instead).
    virtual QString caseInsensitiveOrder(const QString& expr) const = 0;
    // The text values of a grouped column joined by a separator, in their byte order: a
    // subquery's aggregate, e.g. an owner's tags as "cat-owner;vip".
    virtual QString joinedInOrder(const QString& expr, const QString& separatorLiteral) const = 0;
    // After rows were written with explicit ids (the demo data, a copy between engines): what
    // makes the next id a plain INSERT gets follow them. Empty where ids always continue from
    // the largest one, as SQLite's do. `table` comes from code, never from input.
    virtual QString continueIdsAfter(const QString& table) const { (void)table; return {}; }

    // Added with the PostgreSQL dialect, where flags are boolean and dates are date values:
    // A flag column tested for `value`, spelled as the partial indexes of the schema spell it
    // (interactions_follow_up), so that the index serves the condition: SQLite's integer flags
    // compare with 1 and 0; PostgreSQL's boolean cannot be compared with an integer at all.
    virtual QString flagIs(const QString& columnExpr, bool value) const = 0;
    // A 'YYYY-MM-DD' text (a settings value, a bound parameter) as the date values localDate()
    // and dateMinusDays() give, where nothing else gives it that type: e.g. the metrics' as-of
    // date in coalesce() with today's.
    virtual QString dateFromText(const QString& textExpr) const = 0;
    // The latest of dates that may each be NULL, or NULL when all are.
    virtual QString latestDate(const QStringList& dateExprs) const = 0;
};

std::unique_ptr<SqlDialect> makeSqliteDialect();
std::unique_ptr<SqlDialect> makePostgresDialect();

} // namespace huellas
