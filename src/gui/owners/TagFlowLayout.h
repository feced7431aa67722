#pragma once

#include <QLayout>
#include <QList>

namespace huellas {

// Lays widgets out left to right and wraps to the next line when the width runs out, like
// words in a paragraph (after Qt's "Flow Layout" example).
class TagFlowLayout final : public QLayout
{
    Q_OBJECT

public:
    explicit TagFlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~TagFlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool place) const; // returns the height used

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace huellas
