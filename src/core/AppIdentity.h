#pragma once

#include <QString>

namespace huellas {

// The window and the command line share one identity, so QStandardPaths gives both the same
// data folder and therefore the same default database.
namespace AppIdentity {

void apply();
QString version();

} // namespace AppIdentity
} // namespace huellas
