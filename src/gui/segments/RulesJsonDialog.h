#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace huellas {

// "Ver JSON": the rules exactly as stored, indented and read-only, for power users who copy
// them to huellas-cli (--rules) or check what the builder made.
class RulesJsonDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RulesJsonDialog(const QByteArray& json, QWidget* parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit* m_text;
};

} // namespace huellas
