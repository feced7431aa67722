#pragma once

#include <QString>

namespace huellas {

// Search that forgives accents and case: "jose" finds "José", "pena" finds "Peña".
namespace TextFolding {

// Lower case without diacritics (NFD, marks dropped). Owners' names are folded the same way in
// the database (owners.search_name, kept by the triggers of migration 002).
QString fold(const QString& text);

} // namespace TextFolding
} // namespace huellas
