#include "TagChipEditor.h"

#include "TagChip.h"
#include "TagFlowLayout.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStringListModel>
#include <QTimer>

namespace huellas {

TagChipEditor::TagChipEditor(QWidget* parent)
    : QWidget(parent), m_chipArea(new QWidget(this)), m_chipLayout(new TagFlowLayout(m_chipArea)),
      m_input(new QLineEdit(this)), m_add(new QPushButton(tr("&Add tag"), this)),
      m_suggestions(new QStringListModel(this))
{
    m_chipArea->setObjectName(QStringLiteral("tagChipArea"));
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_input->setObjectName(QStringLiteral("tagInput"));
    m_input->setPlaceholderText(tr("New tag; Enter adds it (commas separate several)"));
    m_input->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[^;|]*")), m_input));
    m_add->setObjectName(QStringLiteral("addTagButton"));
    m_add->setAutoDefault(false);

    auto* completer = new QCompleter(m_suggestions, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);

    connect(m_input, &QLineEdit::returnPressed, this, &TagChipEditor::addTypedTags);
    connect(m_add, &QPushButton::clicked, this, &TagChipEditor::addTypedTags);
    // The line edit takes the chosen completion after this signal; add once it has.
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this] { QTimer::singleShot(0, this, &TagChipEditor::addTypedTags); });

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chipArea);
    layout->addLayout(inputRow);
    setFocusProxy(m_input);
}

void TagChipEditor::setTags(const QStringList& tags)
{
    m_tags.clear();
    for (const QString& tag : tags)
        if (!tag.trimmed().isEmpty() && !m_tags.contains(tag.trimmed(), Qt::CaseInsensitive))
            m_tags << tag.trimmed();
    rebuildChips();
}

void TagChipEditor::setSuggestions(const QStringList& usedTags)
{
    m_suggestions->setStringList(usedTags);
}

void TagChipEditor::addTag(const QString& tag)
{
    const QString trimmed = tag.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(';')) ||
        trimmed.contains(QLatin1Char('|')) || m_tags.contains(trimmed, Qt::CaseInsensitive))
        return;
    m_tags << trimmed;
    rebuildChips();
    emit tagsChanged();
}

void TagChipEditor::removeTag(const QString& tag)
{
    if (m_tags.removeAll(tag) == 0)
        return;
    rebuildChips();
    emit tagsChanged();
}

void TagChipEditor::addTypedTags()
{
    const QStringList typed = m_input->text().split(QLatin1Char(','));
    m_input->clear();
    for (const QString& tag : typed)
        addTag(tag);
}

void TagChipEditor::rebuildChips()
{
    // Chips are few and change one at a time; rebuilding keeps their order equal to m_tags.
    while (QLayoutItem* item = m_chipLayout->takeAt(0)) {
        if (QWidget* chip = item->widget()) {
            chip->hide();
            chip->setParent(nullptr); // gone from findChildren at once
            chip->deleteLater();      // but alive until its own × click has returned
        }
        delete item;
    }
    for (const QString& tag : m_tags) {
        auto* chip = new TagChip(tag, m_chipArea);
        connect(chip, &TagChip::removeRequested, this, &TagChipEditor::removeTag);
        m_chipLayout->addWidget(chip);
    }
    m_chipArea->setVisible(!m_tags.isEmpty());
    updateGeometry();
}

} // namespace huellas
