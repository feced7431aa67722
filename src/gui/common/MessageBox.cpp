#include "MessageBox.h"

namespace huellas::MessageBox {
namespace {

QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString lastMessage;

bool takeQueuedAnswer(QMessageBox::StandardButton& answer, const QString& text)
{
    lastMessage = text;
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
    if (takeQueuedAnswer(answer, text))
        return answer;
    return QMessageBox::question(parent, title, text, buttons);
}

void critical(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::StandardButton answer;
    if (!takeQueuedAnswer(answer, text))
        QMessageBox::critical(parent, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::StandardButton answer;
    if (!takeQueuedAnswer(answer, text))
        QMessageBox::information(parent, title, text);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::StandardButton answer;
    if (!takeQueuedAnswer(answer, text))
        QMessageBox::warning(parent, title, text);
}

QMessageBox::StandardButton askToSaveChanges(QWidget* parent, const QString& title,
                                             const QString& text)
{
    QMessageBox::StandardButton answer;
    if (takeQueuedAnswer(answer, text))
        return answer;
    QMessageBox box(QMessageBox::Warning, title, text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void setNextAnswer(QMessageBox::StandardButton answer) { nextAnswer = answer; }

QString lastText() { return lastMessage; }

} // namespace huellas::MessageBox
