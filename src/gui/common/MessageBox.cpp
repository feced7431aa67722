#include "MessageBox.h"

namespace huellas::MessageBox {
namespace {

QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;

bool takeQueuedAnswer(QMessageBox::StandardButton& answer)
{
    if (nextAnswer == QMessageBox::NoButton)
        return false;
    answer = nextAnswer;
    nextAnswer = QMessageBox::NoButton;
    return true;
}

} // namespace

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons)
{
    QMessageBox::StandardButton answer;
    if (takeQueuedAnswer(answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons);
}

void critical(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::StandardButton answer;
    if (!takeQueuedAnswer(answer))
        QMessageBox::critical(parent, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::StandardButton answer;
    if (!takeQueuedAnswer(answer))
        QMessageBox::information(parent, title, text);
}

void setNextAnswer(QMessageBox::StandardButton answer) { nextAnswer = answer; }

} // namespace huellas::MessageBox
