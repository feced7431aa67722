#include "RuleGroupEditor.h"

#include "RuleConditionRow.h"
#include "RuleFieldLabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace huellas {
namespace {

const QString anyKey = QStringLiteral("any");

// Lines of `problems` that start with "path: ".
QStringList problemsAt(const QString& path, const QStringList& problems)
{
    QStringList found;
    for (const QString& problem : problems)
        if (problem.startsWith(path + QLatin1String(": ")))
            found << problem;
    return found;
}

template <typename T> QList<T*> itemsOf(const QList<QWidget*>& items)
{
    QList<T*> found;
    for (QWidget* item : items)
        if (auto* t = qobject_cast<T*>(item))
            found << t;
    return found;
}

// The key prefix of an "any" list's alternative: "any" → "any[1].".
QString alternativePath(const QString& path, int index)
{
    return QStringLiteral("%1[%2].").arg(path).arg(index);
}

} // namespace

RuleGroupEditor::RuleGroupEditor(Mode mode, const SegmentFormChoices& choices, bool isRoot,
                                 QWidget* parent)
    : QFrame(parent), m_mode(mode), m_isRoot(isRoot), m_choices(choices), m_items(new QVBoxLayout),
      m_addCondition(new QPushButton(this)), m_addGroup(new QPushButton(this)),
      m_problem(new QLabel(this))
{
    const bool anyOf = mode == Mode::AnyOf;
    setObjectName(isRoot  ? QStringLiteral("rootRuleGroup")
                  : anyOf ? QStringLiteral("anyOfGroup")
                          : QStringLiteral("allOfGroup"));
    auto* layout = new QVBoxLayout(this);
    if (!isRoot) {
        // Tinted frames tell the levels apart: blue for "any of", grey for "all of".
        setStyleSheet(QStringLiteral("#%1 { border: 1px solid palette(mid); border-radius: 6px; "
                                     "background: %2; }")
                          .arg(objectName(), anyOf ? QStringLiteral("rgba(25, 118, 210, 0.07)")
                                                   : QStringLiteral("rgba(0, 0, 0, 0.04)")));
        auto* title = new QLabel(anyOf ? tr("<b>Any of</b> — at least one must hold")
                                       : tr("<b>All of</b> — every condition must hold"),
                                 this);
        title->setObjectName(QStringLiteral("groupTitleLabel"));
        auto* remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("removeGroupButton"));
        remove->setText(QStringLiteral("×"));
        remove->setToolTip(tr("Remove this group and its conditions"));
        remove->setAccessibleName(remove->toolTip());
        connect(remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });
        auto* header = new QHBoxLayout;
        header->addWidget(title, 1);
        header->addWidget(remove);
        layout->addLayout(header);
    } else {
        layout->setContentsMargins(0, 0, 0, 0);
    }
    m_items->setSpacing(8);
    layout->addLayout(m_items);

    m_problem->setObjectName(QStringLiteral("groupProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_addCondition->setObjectName(QStringLiteral("addConditionButton"));
    m_addCondition->setText(anyOf ? tr("+ Alternative") : tr("+ Condition"));
    m_addCondition->setAutoDefault(false);
    m_addGroup->setObjectName(QStringLiteral("addGroupButton"));
    m_addGroup->setText(anyOf ? tr("+ \"All of\" group") : tr("+ \"Any of\" group"));
    m_addGroup->setToolTip(anyOf
                               ? tr("An alternative made of several conditions that must all hold")
                               : tr("Conditions of which at least one must hold"));
    m_addGroup->setAutoDefault(false);
    connect(m_addCondition, &QPushButton::clicked, this, [this] {
        addCondition()->fieldCombo()->setFocus();
        emit changed();
    });
    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        addGroup()->addCondition()->fieldCombo()->setFocus();
        emit changed();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addCondition);
    buttons->addWidget(m_addGroup);
    buttons->addStretch();
    layout->addLayout(buttons);
}

RuleConditionRow* RuleGroupEditor::addCondition()
{
    auto* row = new RuleConditionRow(m_choices, this);
    connect(row, &RuleConditionRow::changed, this, &RuleGroupEditor::changed);
    connect(row, &RuleConditionRow::removeRequested, this, [this](RuleConditionRow* r) {
        removeItem(r);
        emit changed();
    });
    adopt(row);
    return row;
}

RuleGroupEditor* RuleGroupEditor::addGroup()
{
    const Mode childMode = m_mode == Mode::AllOf ? Mode::AnyOf : Mode::AllOf;
    auto* group = new RuleGroupEditor(childMode, m_choices, false, this);
    connect(group, &RuleGroupEditor::changed, this, &RuleGroupEditor::changed);
    connect(group, &RuleGroupEditor::removeRequested, this, [this](RuleGroupEditor* g) {
        removeItem(g);
        emit changed();
    });
    adopt(group);
    return group;
}

void RuleGroupEditor::adopt(QWidget* item)
{
    m_items->addWidget(item);
    updateButtons();
}

QList<QWidget*> RuleGroupEditor::items() const
{
    QList<QWidget*> widgets;
    for (int i = 0; i < m_items->count(); ++i)
        if (QWidget* w = m_items->itemAt(i)->widget())
            widgets << w;
    return widgets;
}

QList<RuleConditionRow*> RuleGroupEditor::rows() const
{
    return itemsOf<RuleConditionRow>(items());
}

QList<RuleGroupEditor*> RuleGroupEditor::groups() const
{
    return itemsOf<RuleGroupEditor>(items());
}

void RuleGroupEditor::removeItem(QWidget* item)
{
    m_items->removeWidget(item);
    item->hide();
    item->setParent(nullptr); // gone from findChildren at once…
    item->deleteLater();      // …but alive until its own × click has returned
    updateButtons();
}

void RuleGroupEditor::clear()
{
    for (QWidget* item : items())
        removeItem(item);
}

void RuleGroupEditor::updateButtons()
{
    // A rule object has one "any" key, so an "all of" level holds one "any of" group; more
    // alternatives go inside it.
    if (m_mode == Mode::AllOf)
        m_addGroup->setEnabled(groups().isEmpty());
}

QJsonObject RuleGroupEditor::toObject() const
{
    QJsonObject rules;
    for (QWidget* item : items()) {
        if (auto* row = qobject_cast<RuleConditionRow*>(item); row && row->key())
            rules.insert(ruleKeyName(*row->key()), row->value());
        else if (auto* group = qobject_cast<RuleGroupEditor*>(item))
            rules.insert(anyKey, group->toAlternatives());
    }
    return rules;
}

QJsonArray RuleGroupEditor::toAlternatives() const
{
    QJsonArray alternatives;
    for (QWidget* item : items()) {
        if (auto* row = qobject_cast<RuleConditionRow*>(item); row && row->key())
            alternatives.append(QJsonObject{{ruleKeyName(*row->key()), row->value()}});
        else if (auto* group = qobject_cast<RuleGroupEditor*>(item))
            alternatives.append(group->toObject());
    }
    return alternatives;
}

void RuleGroupEditor::setObject(const QJsonObject& rules)
{
    clear();
    for (const RuleKeyInfo& info : ruleKeys()) { // the engine's order, so related keys sit together
        const QJsonValue value = rules.value(QLatin1String(info.name));
        if (value.isUndefined())
            continue;
        if (info.key == RuleKey::Any)
            addGroup()->setAlternatives(value.toArray());
        else
            addCondition()->setCondition(info.key, value);
    }
}

void RuleGroupEditor::setAlternatives(const QJsonArray& alternatives)
{
    clear();
    for (const QJsonValue& alternative : alternatives) {
        const QJsonObject rules = alternative.toObject();
        const auto key = rules.size() == 1 ? ruleKeyNamed(rules.begin().key()) : std::nullopt;
        if (key && *key != RuleKey::Any)
            addCondition()->setCondition(*key, rules.begin().value());
        else
            addGroup()->setObject(rules);
    }
}

void RuleGroupEditor::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void RuleGroupEditor::clearProblems()
{
    setProblem({});
    for (RuleConditionRow* row : rows())
        row->setProblem({});
    for (RuleGroupEditor* group : groups())
        group->clearProblems();
}

QStringList RuleGroupEditor::markUnfinished()
{
    QStringList summary;
    if (items().isEmpty() && !m_isRoot) { // an empty root is "{}": every owner
        setProblem(tr("Add at least one condition to this group, or remove it."));
        summary << problem();
    }
    QSet<RuleKey> used;
    for (RuleConditionRow* row : rows()) {
        QString reason = row->unfinishedReason();
        if (reason.isEmpty() && m_mode == Mode::AllOf && used.contains(*row->key()))
            reason = tr("This field is already used in this group; put all its values in one "
                        "condition.");
        if (row->key())
            used.insert(*row->key());
        if (reason.isEmpty())
            continue;
        row->setProblem(reason);
        summary << (row->key() ? QStringLiteral("%1: %2").arg(ruleFieldLabel(*row->key()), reason)
                               : reason);
    }
    for (RuleGroupEditor* group : groups())
        summary << group->markUnfinished();
    return summary;
}

QStringList RuleGroupEditor::placeProblems(const QString& path, const QStringList& problems)
{
    // `path`: for "all of", the prefix of its keys ("" or "any[0]."); for "any of", its own
    // path ("any", "any[0].any"), whose alternatives are path[0], path[1]…
    QStringList alreadyShown;
    const auto show = [&alreadyShown](const QStringList& found, auto* target) {
        if (found.isEmpty())
            return;
        if (!target->problem().isEmpty()) { // markUnfinished() said it first, in plainer words
            alreadyShown << found;
            return;
        }
        QStringList details;
        for (const QString& problem : found)
            details << ruleProblemDetail(problem);
        target->setProblem(details.join(QLatin1Char('\n')));
    };
    if (m_mode == Mode::AnyOf)
        show(problemsAt(path, problems), this);
    int alternative = 0;
    for (QWidget* item : items()) {
        auto* row = qobject_cast<RuleConditionRow*>(item);
        if (row && !row->key())
            continue; // left out of the JSON, so it has no path
        const QString prefix = m_mode == Mode::AnyOf ? alternativePath(path, alternative++) : path;
        if (row)
            show(problemsAt(prefix + ruleKeyName(*row->key()), problems), row);
        else if (auto* group = qobject_cast<RuleGroupEditor*>(item))
            alreadyShown << group->placeProblems(m_mode == Mode::AnyOf ? prefix : prefix + anyKey,
                                                 problems);
    }
    return alreadyShown;
}

} // namespace huellas
