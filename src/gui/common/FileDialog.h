#pragma once

#include <QString>
#include <QStringList>

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
// Several files at once, starting in `folder`; empty when cancelled.
QStringList openFileNames(QWidget* parent, const QString& caption, const QString& folder,
                          const QString& filter);
// The next saveFileName() or openFileName() returns this at once (an empty string: as if cancelled).
void setNextFileName(const QString& path);
// The next openFileNames() returns these at once (none: as if cancelled).
void setNextFileNames(const QStringList& paths);

} // namespace FileDialog
} // namespace huellas
