#pragma once

#include "DemoHouseholdSink.h"

#include <QHash>
#include <QSaveFile>
#include <QStringList>

#include <array>
#include <memory>

namespace huellas {

// Writes households as DOMAIN.md's six CSV files (owners.csv, pets.csv, appointments.csv,
// orders.csv, invoices.csv, interactions.csv), a row as soon as it is generated, in exactly
// the form the importer reads and the exporter writes: the importer's headers, UTF-8,
// formula-guarded and RFC 4180-quoted cells, pesos with a '.', ISO dates, true/false.
// Ids start at 1 as in an empty database, and every row carries the external id DemoRowWriter
// would give it, so links become external ids and importing the files into an empty database
// gives the owners `demo` writes there.
//
// What CSV cannot carry: conversations (DOMAIN.md has no file for them; interactions lose the
// link to theirs), and the demo team's display names, roles and logins (handled_by is a
// username, which the import creates as an inactive staff member).
//
// Each file goes through QSaveFile: a failed run leaves no half-written file.
class DemoCsvWriter final : public DemoHouseholdSink
{
public:
    DemoCsvWriter(QString folder, QHash<qint64, QString> staffUsernames);
    ~DemoCsvWriter() override;

    // Creates the folder and the six files with their header lines.
    Status prepare() override;
    const DemoIds& nextIds() const override { return m_nextIds; }
    Status write(const DemoHousehold& household) override;
    // Puts the six files in place.
    Status commit();

private:
    enum FileIndex
    {
        Owners,
        Pets,
        Appointments,
        Orders,
        Invoices,
        Interactions,
        FileCount
    };

    Status writeRow(FileIndex file, const QStringList& cells);
    Status failedWith(const QSaveFile& file) const;
    QString username(qint64 staffId) const;

    QString m_folder;
    QHash<qint64, QString> m_staffUsernames;
    DemoIds m_nextIds;
    std::array<std::unique_ptr<QSaveFile>, FileCount> m_files;
};

} // namespace huellas
