#pragma once

#include "RuleValueEditor.h"

class QDoubleSpinBox;

namespace huellas {

// An amount in pesos to the centavo ($1,500.50); the JSON value is pesos, as the rules store.
class PesosEditor final : public RuleValueEditor
{
    Q_OBJECT

public:
    explicit PesosEditor(QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QDoubleSpinBox* spinBox() const { return m_spin; }

private:
    QDoubleSpinBox* m_spin;
};

} // namespace huellas
