#pragma once

#include <QString>

namespace huellas {

// Search that forgives accents and case: "jose" finds "José", "pena" finds "Peña".
namespace TextFolding {

// Lower case without diacritics (NFD, marks dropped).
QString fold(const QString& text);
// The Spanish letters with diacritics and their folded form, for building the same folding
// in SQL (nested replace(), which SQLite and PostgreSQL both have).
const QList<std::pair<QString, QString>>& spanishDiacritics();

} // namespace TextFolding
} // namespace huellas
