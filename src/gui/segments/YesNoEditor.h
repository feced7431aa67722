#pragma once

#include "RuleValueEditor.h"

class QComboBox;

namespace huellas {

// A yes/no condition (opt-ins, referred): a combo rather than a check box, because "No" is a
// condition of its own, not the absence of one.
class YesNoEditor final : public RuleValueEditor
{
    Q_OBJECT

public:
    explicit YesNoEditor(QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QComboBox* combo() const { return m_combo; }

private:
    QComboBox* m_combo;
};

} // namespace huellas
