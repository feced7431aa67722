#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QStringListModel;

namespace huellas {

class TagFlowLayout;

// An owner's tags as chips with × buttons, and a line edit that adds one (Enter or the Add
// button), completing from the tags already in use so the same tag is not spelled two ways.
class TagChipEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TagChipEditor(QWidget* parent = nullptr);

    QStringList tags() const { return m_tags; }
    void setTags(const QStringList& tags);
    void setSuggestions(const QStringList& usedTags);
    QLineEdit* input() const { return m_input; }

    // Trims; ignores empty text and a tag already there (in any letter case). ';' and '|'
    // separate tags in the exchange files, so they cannot be typed.
    void addTag(const QString& tag);
    void removeTag(const QString& tag);

signals:
    void tagsChanged();

private:
    void addTypedTags();
    void rebuildChips();

    QStringList m_tags;
    QWidget* m_chipArea;
    TagFlowLayout* m_chipLayout;
    QLineEdit* m_input;
    QPushButton* m_add;
    QStringListModel* m_suggestions;
};

} // namespace huellas
