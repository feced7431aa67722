#include "RuleConditionRow.h"

#include "RuleFieldLabels.h"
#include "RuleValueEditor.h"
#include "RuleValueEditorFactory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace huellas {

RuleConditionRow::RuleConditionRow(const SegmentFormChoices& choices, QWidget* parent)
    : QWidget(parent), m_choices(choices), m_field(new QComboBox(this)), m_line(new QHBoxLayout),
      m_remove(new QToolButton(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleConditionRow"));
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    m_field->addItem(tr("Choose a field…"), -1);
    for (const RuleKeyInfo& info : ruleKeys())
        if (info.key != RuleKey::Any)
            m_field->addItem(ruleFieldLabel(info.key), int(info.key));
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_field, &QComboBox::currentIndexChanged, this, &RuleConditionRow::fieldChosen);

    m_remove->setObjectName(QStringLiteral("removeConditionButton"));
    m_remove->setText(QStringLiteral("×"));
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAccessibleName(m_remove->toolTip());
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });

    m_problem->setObjectName(QStringLiteral("conditionProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_line->setContentsMargins(0, 0, 0, 0);
    m_line->addWidget(m_field, 0, Qt::AlignTop);
    m_line->addStretch(1); // the editor's place until a field is chosen
    m_line->addWidget(m_remove, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_line);
    layout->addWidget(m_problem);
}

std::optional<RuleKey> RuleConditionRow::key() const
{
    const int key = m_field->currentData().toInt();
    return key < 0 ? std::nullopt : std::optional<RuleKey>(RuleKey(key));
}

void RuleConditionRow::setKey(RuleKey key)
{
    m_field->setCurrentIndex(m_field->findData(int(key))); // fieldChosen() makes the editor
}

void RuleConditionRow::setCondition(RuleKey key, const QJsonValue& value)
{
    {
        const QSignalBlocker quiet(m_field);
        m_field->setCurrentIndex(m_field->findData(int(key)));
    }
    replaceEditor(key);
    m_editor->setValue(value);
}

QJsonValue RuleConditionRow::value() const
{
    return m_editor ? m_editor->value() : QJsonValue();
}

QString RuleConditionRow::unfinishedReason() const
{
    if (!m_editor)
        return tr("Choose a field, or remove this condition.");
    if (const QJsonValue v = m_editor->value(); v.isArray() && v.toArray().isEmpty())
        return tr("Choose at least one value.");
    return {};
}

void RuleConditionRow::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString RuleConditionRow::problem() const
{
    return m_problem->text();
}

void RuleConditionRow::fieldChosen()
{
    replaceEditor(key());
    setProblem({});
    emit changed();
}

void RuleConditionRow::replaceEditor(std::optional<RuleKey> key)
{
    const int editorPlace = 1;                      // between the field combo and the ×
    QLayoutItem* old = m_line->takeAt(editorPlace); // the old editor, or the stretch
    delete old->widget();
    delete old;
    m_editor = key ? createRuleValueEditor(*key, m_choices, this) : nullptr;
    if (m_editor) {
        m_editor->setObjectName(QStringLiteral("ruleValueEditor"));
        connect(m_editor, &RuleValueEditor::changed, this, &RuleConditionRow::changed);
        m_line->insertWidget(editorPlace, m_editor, 1);
    } else {
        m_line->insertStretch(editorPlace, 1);
    }
}

} // namespace huellas
