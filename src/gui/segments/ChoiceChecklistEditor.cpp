#include "ChoiceChecklistEditor.h"

#include "gui/owners/TagFlowLayout.h"

#include <QCheckBox>
#include <QJsonArray>

namespace huellas {

ChoiceChecklistEditor::ChoiceChecklistEditor(ChoiceList list, QWidget* parent)
    : RuleValueEditor(parent)
{
    auto* layout = new TagFlowLayout(this, 12);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString& key : choiceKeys(list)) {
        auto* box = new QCheckBox(choiceLabel(list, key), this);
        box->setObjectName(QStringLiteral("choice_") + key);
        box->setProperty("choiceKey", key);
        connect(box, &QCheckBox::toggled, this, &RuleValueEditor::changed);
        layout->addWidget(box);
        m_boxes << box;
    }
}

QJsonValue ChoiceChecklistEditor::value() const
{
    QJsonArray keys;
    for (const QCheckBox* box : m_boxes)
        if (box->isChecked())
            keys.append(box->property("choiceKey").toString());
    return keys;
}

void ChoiceChecklistEditor::setValue(const QJsonValue& value)
{
    const QVariantList keys = value.toArray().toVariantList();
    for (QCheckBox* box : m_boxes)
        box->setChecked(keys.contains(box->property("choiceKey")));
}

QCheckBox* ChoiceChecklistEditor::checkBoxFor(const QString& key) const
{
    for (QCheckBox* box : m_boxes)
        if (box->property("choiceKey").toString() == key)
            return box;
    return nullptr;
}

} // namespace huellas
