#pragma once

#include <QMessageBox>

namespace huellas {

// QMessageBox behind a seam: tests queue the next answer so no dialog ever blocks them.
namespace MessageBox {

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);
void critical(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);

// The next dialog returns this at once instead of showing (QMessageBox::NoButton: show again).
void setNextAnswer(QMessageBox::StandardButton answer);

} // namespace MessageBox
} // namespace huellas
