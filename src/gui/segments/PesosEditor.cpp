#include "PesosEditor.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>

#include <cmath>

namespace huellas {

PesosEditor::PesosEditor(QWidget* parent)
    : RuleValueEditor(parent), m_spin(new QDoubleSpinBox(this))
{
    m_spin->setObjectName(QStringLiteral("pesosSpin"));
    m_spin->setDecimals(2);
    m_spin->setRange(0.0, 999'999'999.99);
    m_spin->setPrefix(QStringLiteral("$"));
    m_spin->setGroupSeparatorShown(true);
    m_spin->setSingleStep(100.0);
    m_spin->setMinimumWidth(
        m_spin->fontMetrics().horizontalAdvance(QStringLiteral("$999,999,999.99")) + 40);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &RuleValueEditor::changed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addStretch();
    setFocusProxy(m_spin);
}

QJsonValue PesosEditor::value() const
{
    // Whole centavos, written the way the rule writer does: 1500 or 1500.5.
    const auto centavos = static_cast<qint64>(std::llround(m_spin->value() * 100.0));
    if (centavos % 100 == 0)
        return QJsonValue(centavos / 100);
    return QJsonValue(double(centavos) / 100.0);
}

void PesosEditor::setValue(const QJsonValue& value)
{
    m_spin->setValue(value.toDouble());
}

} // namespace huellas
