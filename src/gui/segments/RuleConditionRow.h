#pragma once

#include "core/rules/RuleKey.h"
#include "storage/segments/SegmentFormData.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace huellas {

class RuleValueEditor;

// One condition: a field, the editor that fits it, a × to remove it, and a red line under it
// for what is wrong with it. A new row has no field yet and contributes nothing until one is
// chosen.
class RuleConditionRow final : public QWidget
{
    Q_OBJECT

public:
    explicit RuleConditionRow(const SegmentFormChoices& choices, QWidget* parent = nullptr);

    std::optional<RuleKey> key() const;
    // A fresh editor with its default value.
    void setKey(RuleKey key);
    void setCondition(RuleKey key, const QJsonValue& value);
    // Null while no field is chosen.
    QJsonValue value() const;

    // What keeps the row from being a condition (no field, an empty list); empty when none.
    QString unfinishedReason() const;
    void setProblem(const QString& text); // empty: nothing wrong
    QString problem() const;

    QComboBox* fieldCombo() const { return m_field; }
    RuleValueEditor* editor() const { return m_editor; }
    QToolButton* removeButton() const { return m_remove; }

signals:
    void changed();
    void removeRequested(huellas::RuleConditionRow* row);

private:
    void fieldChosen();
    void replaceEditor(std::optional<RuleKey> key);

    const SegmentFormChoices& m_choices;
    QComboBox* m_field;
    QHBoxLayout* m_line;
    RuleValueEditor* m_editor = nullptr;
    QToolButton* m_remove;
    QLabel* m_problem;
};

} // namespace huellas
