#include "WholeNumberEditor.h"

#include <QHBoxLayout>
#include <QSpinBox>

namespace huellas {

WholeNumberEditor::WholeNumberEditor(int maximum, QWidget* parent)
    : RuleValueEditor(parent), m_spin(new QSpinBox(this))
{
    m_spin->setObjectName(QStringLiteral("numberSpin"));
    m_spin->setRange(0, maximum);
    m_spin->setGroupSeparatorShown(true);
    m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("999,999")) +
                            40);
    connect(m_spin, &QSpinBox::valueChanged, this, &RuleValueEditor::changed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addStretch();
    setFocusProxy(m_spin);
}

QJsonValue WholeNumberEditor::value() const
{
    return QJsonValue(qint64(m_spin->value()));
}

void WholeNumberEditor::setValue(const QJsonValue& value)
{
    m_spin->setValue(int(value.toInteger()));
}

} // namespace huellas
