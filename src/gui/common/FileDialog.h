#pragma once

#include <QString>

class QWidget;

namespace huellas {

// QFileDialog behind a seam: tests queue the next answer so no dialog ever blocks them.
namespace FileDialog {

// Starts in the user's documents folder with `suggestedName`; empty when cancelled.
QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                     const QString& filter);
// Starts in `folder`; empty when cancelled.
QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                     const QString& filter);
// The next saveFileName() or openFileName() returns this at once (an empty string: as if cancelled).
void setNextFileName(const QString& path);

} // namespace FileDialog
} // namespace huellas
