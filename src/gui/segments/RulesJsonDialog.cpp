#include "RulesJsonDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace huellas {

RulesJsonDialog::RulesJsonDialog(const QByteArray& json, QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("rulesJsonDialog"));
    setWindowTitle(tr("Segment rules (JSON)"));
    m_text->setObjectName(QStringLiteral("rulesJsonText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QJsonDocument document = QJsonDocument::fromJson(json);
    m_text->setPlainText(document.isNull() ? QString::fromUtf8(json)
                                           : QString::fromUtf8(document.toJson()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(520, 420);
}

QString RulesJsonDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace huellas
