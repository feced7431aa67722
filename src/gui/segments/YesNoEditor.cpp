#include "YesNoEditor.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace huellas {

YesNoEditor::YesNoEditor(QWidget* parent) : RuleValueEditor(parent), m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("yesNoCombo"));
    m_combo->addItem(tr("Yes"), true);
    m_combo->addItem(tr("No"), false);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &RuleValueEditor::changed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch();
    setFocusProxy(m_combo);
}

QJsonValue YesNoEditor::value() const
{
    return m_combo->currentData().toBool();
}

void YesNoEditor::setValue(const QJsonValue& value)
{
    m_combo->setCurrentIndex(value.toBool() ? 0 : 1);
}

} // namespace huellas
