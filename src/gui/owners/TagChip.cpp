#include "TagChip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace huellas {

TagChip::TagChip(const QString& tag, QWidget* parent)
    : QFrame(parent), m_tag(tag), m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("tagChip"));
    setProperty("tag", tag);
    setStyleSheet(
        QStringLiteral("#tagChip { background: palette(midlight); border: 1px solid palette(mid);"
                       " border-radius: 10px; }"));
    auto* label = new QLabel(tag, this);
    label->setObjectName(QStringLiteral("tagChipLabel"));
    m_remove->setObjectName(QStringLiteral("removeTagButton"));
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove the tag \"%1\"").arg(tag));
    m_remove->setAccessibleName(m_remove->toolTip());
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_tag); });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(2);
    layout->addWidget(label);
    layout->addWidget(m_remove);
}

} // namespace huellas
