#pragma once

#include <QFrame>

class QToolButton;

namespace huellas {

// One tag shown as a rounded label with a × button that asks for its removal.
class TagChip final : public QFrame
{
    Q_OBJECT

public:
    explicit TagChip(const QString& tag, QWidget* parent = nullptr);
    QString tag() const { return m_tag; }
    QToolButton* removeButton() const { return m_remove; }

signals:
    void removeRequested(const QString& tag);

private:
    QString m_tag;
    QToolButton* m_remove;
};

} // namespace huellas
