#pragma once

#include <QStringList>

namespace huellas {

class SqlDialect;

// The numbered schema scripts (001_*.sql, 002_*.sql, ...) shipped in the resources.
namespace Migrations {

// Script texts in version order: script N brings the schema from version N-1 to N.
QStringList scripts(const SqlDialect& dialect);
// One script as the dialect runs it: whole, or split into statements (see the boundary rule
// at the top of sqlite/001_initial.sql).
QStringList statements(const SqlDialect& dialect, const QString& script);

} // namespace Migrations
} // namespace huellas
