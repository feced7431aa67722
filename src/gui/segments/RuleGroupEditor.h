#pragma once

#include "storage/segments/SegmentFormData.h"

#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>

class QPushButton;
class QVBoxLayout;

namespace huellas {

class RuleConditionRow;

// A list of conditions and sub-groups. "All of" is one rule object: every condition holds, and
// it may hold one "any of" group (its "any" key). "Any of" is the value of an "any" key: each
// condition in it is one alternative ({"tier": …}), each "all of" sub-group another ({…, …}).
// The root of the builder is an "all of" group without a frame.
class RuleGroupEditor final : public QFrame
{
    Q_OBJECT

public:
    enum class Mode
    {
        AllOf,
        AnyOf
    };

    RuleGroupEditor(Mode mode, const SegmentFormChoices& choices, bool isRoot,
                    QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    RuleConditionRow* addCondition();
    // An "any of" group in an "all of" one (at most one), an "all of" sub-group in an "any of".
    RuleGroupEditor* addGroup();
    QList<RuleConditionRow*> rows() const;
    QList<RuleGroupEditor*> groups() const;
    QPushButton* addConditionButton() const { return m_addCondition; }
    QPushButton* addGroupButton() const { return m_addGroup; }

    // Widgets → JSON. Rows without a field are left out (unfinishedProblems() names them).
    QJsonObject toObject() const;      // "all of"
    QJsonArray toAlternatives() const; // "any of"
    // JSON → widgets, replacing what was there. The JSON is valid (SegmentRules::parse).
    void setObject(const QJsonObject& rules);
    void setAlternatives(const QJsonArray& alternatives);

    void clearProblems();
    // Marks what the JSON cannot express or would be refused for (no field, an empty list, a
    // field twice in one "all of", an empty group) and returns it for the summary line.
    QStringList markUnfinished();
    // Shows each parser problem under the condition or group its path names ("any[1].tier"),
    // unless markUnfinished() already marked that one; returns the problems so passed over,
    // which the summary leaves out.
    QStringList placeProblems(const QString& path, const QStringList& problems);

signals:
    void changed();
    void removeRequested(huellas::RuleGroupEditor* group);

private:
    void clear();
    QList<QWidget*> items() const;
    void removeItem(QWidget* item);
    void adopt(QWidget* item);
    void updateButtons();
    void setProblem(const QString& text);
    QString problem() const { return m_problem->text(); }

    const Mode m_mode;
    const bool m_isRoot;
    const SegmentFormChoices& m_choices;
    QVBoxLayout* m_items;
    QPushButton* m_addCondition;
    QPushButton* m_addGroup;
    QLabel* m_problem;
};

} // namespace huellas
