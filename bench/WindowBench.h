#pragma once

#include <QString>

namespace huellas::bench {

// The window as a person starts it (the same steps as the program's main()): the time until
// the owners list shows its first rows, then the resident memory after a day's kind of use —
// searches and a scroll deep into the list. Needs a QApplication (offscreen is fine).
int benchWindow(const QString& databasePath);

} // namespace huellas::bench
