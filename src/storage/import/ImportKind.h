#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace huellas {

// The six files of DOMAIN.md's exchange formats, in dependency order: owners before the
// files that reference them, appointments and orders before the interactions that link them.
enum class ImportKind
{
    Owners,
    Pets,
    Appointments,
    Orders,
    Invoices,
    Interactions
};

namespace ImportKinds {

QList<ImportKind> inDependencyOrder();
// "owners", "pets", …: the word a file name must contain, which is also the table's name.
QString word(ImportKind kind);
// The kind whose word the file name contains (case-insensitive); none when no word or more
// than one matches.
std::optional<ImportKind> fromFileName(const QString& path);

QStringList columns(ImportKind kind);
QStringList requiredColumns(ImportKind kind);
// Columns accepted and ignored: the derived metrics an owners export carries (they are
// recomputed, never imported).
QStringList ignoredColumns(ImportKind kind);

} // namespace ImportKinds
} // namespace huellas
