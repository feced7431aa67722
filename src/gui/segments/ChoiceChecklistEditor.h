#pragma once

#include "RuleValueEditor.h"
#include "core/Choices.h"

#include <QList>

class QCheckBox;

namespace huellas {

// A closed list (tiers, churn risks, sources, species) as check boxes with their labels;
// the value is the list of checked keys, in the list's own order.
class ChoiceChecklistEditor final : public RuleValueEditor
{
    Q_OBJECT

public:
    explicit ChoiceChecklistEditor(ChoiceList list, QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QCheckBox* checkBoxFor(const QString& key) const;

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace huellas
