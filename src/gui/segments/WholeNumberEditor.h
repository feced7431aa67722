#pragma once

#include "RuleValueEditor.h"

class QSpinBox;

namespace huellas {

// A count of days, visits or engagement points (zero or more, up to `maximum`).
class WholeNumberEditor final : public RuleValueEditor
{
    Q_OBJECT

public:
    explicit WholeNumberEditor(int maximum, QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QSpinBox* spinBox() const { return m_spin; }

private:
    QSpinBox* m_spin;
};

} // namespace huellas
