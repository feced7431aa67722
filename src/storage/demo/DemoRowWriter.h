#pragma once

#include "DemoHouseholdSink.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <array>

namespace huellas {

class Database;

// Writes households with one prepared INSERT per table, reused for every row and with every
// value bound: the demo writes millions of rows and must not read any of them back. Rows get
// explicit ids (from DemoIds) and the same PREFIX-000123 external ids RowWriter would give,
// skipping the few an import may already have taken. Call inside the caller's transaction.
class DemoRowWriter final : public DemoHouseholdSink
{
public:
    explicit DemoRowWriter(Database& database) : m_database(database) {}

    // Reads where the ids continue and which external ids are taken; prepares the inserts.
    Status prepare() override;
    const DemoIds& nextIds() const override { return m_nextIds; }
    Status write(const DemoHousehold& household) override;
    // After the last household: plain inserts (the desk's) continue after the ids written here.
    Status finish();

    // "HU-000123": the external id a row of that id gets when none is taken (RowWriter's form).
    static QString naturalExternalId(const QString& prefix, qint64 id);

private:
    enum TableIndex
    {
        Owners,
        Pets,
        Appointments,
        Orders,
        Invoices,
        Conversations,
        Interactions,
        TableCount
    };
    struct Table
    {
        QString name;
        QString prefix;
        QStringList columns; // without id; the order the record's column map iterates in
        QSqlQuery insert;
        QSet<QString> takenExternalIds;
    };

    Status prepareTable(Table& table, const QVariantMap& exampleColumns, qint64& nextId);
    QString externalIdFor(Table& table, qint64 id);
    Status insertRow(Table& table, qint64 id, QVariantMap columns);
    Status insertTags(const Owner& owner);
    Status failedWith(const QSqlQuery& query) const;

    Database& m_database;
    DemoIds m_nextIds;
    std::array<Table, TableCount> m_tables;
    QSqlQuery m_insertTag;
};

} // namespace huellas
