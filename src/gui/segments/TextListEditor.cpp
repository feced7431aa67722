#include "TextListEditor.h"

#include "gui/owners/TagChipEditor.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huellas {

TextListEditor::TextListEditor(const QString& placeholder, const QStringList& suggestions,
                               QWidget* parent)
    : RuleValueEditor(parent), m_chips(new TagChipEditor(this))
{
    m_chips->setSuggestions(suggestions);
    m_chips->input()->setPlaceholderText(placeholder);
    // The chip editor was made for an owner's tags; here it also holds cities and languages.
    if (auto* add = m_chips->findChild<QPushButton*>(QStringLiteral("addTagButton")))
        add->setText(tr("Add"));
    connect(m_chips, &TagChipEditor::tagsChanged, this, &RuleValueEditor::changed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chips);
    setFocusProxy(m_chips);
}

QJsonValue TextListEditor::value() const
{
    return QJsonArray::fromStringList(m_chips->tags());
}

void TextListEditor::setValue(const QJsonValue& value)
{
    QStringList texts;
    for (const QJsonValue& v : value.toArray())
        texts << v.toString();
    m_chips->setTags(texts);
}

} // namespace huellas
