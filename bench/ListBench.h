#pragma once

#include <QString>

namespace huellas::bench {

// The owners list as the desk uses it, through the real OwnerListModel and its worker: time
// from a keystroke or a header click until the rows are in, a page deep in the list, and the
// longest the UI thread's event loop went without running meanwhile.
void benchOwnersList(const QString& databasePath);

} // namespace huellas::bench
