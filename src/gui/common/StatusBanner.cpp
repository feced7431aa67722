#include "StatusBanner.h"

#include <QStringList>

namespace huellas {

StatusBanner::StatusBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBanner"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(10, 6, 10, 6);
    // Dark text on amber: readable whatever the desktop theme.
    setStyleSheet(QStringLiteral("QLabel#statusBanner { background: #fff3cd; color: #5c4400; "
                                 "border-bottom: 1px solid #e0c36c; font-weight: bold; }"));
    hide();
}

void StatusBanner::setMessage(Concern concern, const QString& text, const QString& details)
{
    m_messages.remove(concern);
    m_details.remove(concern);
    if (!text.isEmpty()) {
        m_messages.insert(concern, text);
        if (!details.isEmpty())
            m_details.insert(concern, details);
    }
    update();
}

void StatusBanner::update()
{
    setText(QStringList(m_messages.values()).join(QLatin1Char('\n')));
    setToolTip(QStringList(m_details.values()).join(QLatin1String("\n\n")));
    setVisible(!m_messages.isEmpty());
}

} // namespace huellas
