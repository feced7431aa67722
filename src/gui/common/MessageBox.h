#pragma once

#include <QMessageBox>

namespace huellas {

// QMessageBox behind a seam: tests queue the next answer so no dialog ever blocks them.
namespace MessageBox {

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);
void critical(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
void warning(QWidget* parent, const QString& title, const QString& text);
// For unsaved changes: returns QMessageBox::Save, Discard or Cancel (also Escape); Save is the
// default button.
QMessageBox::StandardButton askToSaveChanges(QWidget* parent, const QString& title,
                                             const QString& text);

// The next dialog returns this at once instead of showing (QMessageBox::NoButton: show again).
void setNextAnswer(QMessageBox::StandardButton answer);
// The text of the last message, shown or answered from the queue: tests check what was said.
QString lastText();

} // namespace MessageBox
} // namespace huellas
