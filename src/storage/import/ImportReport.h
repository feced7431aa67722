#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace huellas {

// What an import did or, with errors, why it wrote nothing. Every row error is one line
// "FILE:LINE: column: reason (value)"; notices are things the user should know even when
// all went well (a file read as Windows-1252, staff usernames created).
// `errors` keeps a bounded number of messages (ImportProblems); `problemCount` is the total.
struct ImportReport
{
    QStringList errors; // the first ImportProblems::kept, then "… and N more problems"
    QStringList notices;
    QMap<QString, int> inserted; // per table: owners, pets, appointments, …
    QMap<QString, int> updated;
    QStringList createdStaff; // usernames added as inactive staff without a login
    bool dryRun = false;
    qsizetype problemCount = 0; // every problem found, also those not kept in `errors`

    bool ok() const { return errors.isEmpty(); }
};

} // namespace huellas
