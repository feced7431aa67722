#include "KpiCard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace huellas {
namespace {

constexpr int lineCount = 3;

} // namespace

KpiCard::KpiCard(const QString& objectName, const QString& title, QWidget* parent) : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Click to list these owners"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Scoped to this card by its object name, so the labels keep their own look.
    setStyleSheet(
        QStringLiteral(
            "QFrame#%1 { background: palette(base); border: 1px solid palette(mid); "
            "border-radius: 6px; } QFrame#%1:focus { border: 2px solid palette(highlight); }")
            .arg(objectName));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto* heading = new QLabel(title, this);
    heading->setObjectName(objectName + QStringLiteral("Title"));
    QFont small = heading->font();
    small.setBold(true);
    heading->setFont(small);
    heading->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    for (int i = 0; i < lineCount; ++i) {
        auto* line = new QLabel(this);
        line->setObjectName(objectName + QStringLiteral("Line%1").arg(i));
        if (i == 0) {
            QFont big = line->font();
            big.setPointSizeF(big.pointSizeF() * 1.8);
            big.setBold(true);
            line->setFont(big);
        }
        layout->addWidget(line);
        m_lines << line;
        m_lineTargets << Target{};
    }
    layout->addStretch();
}

void KpiCard::setFigure(const DashboardFigure& figure, const QString& drillLabel)
{
    m_card = {true, figure.filter, drillLabel};
}

void KpiCard::setLine(int line, const QString& text, const DashboardFigure* figure,
                      const QString& drillLabel)
{
    m_lines.at(line)->setText(text);
    m_lineTargets[line] = figure ? Target{true, figure->filter, drillLabel} : Target{};
}

void KpiCard::open(const Target& target)
{
    if (target.set)
        emit drillDown(target.filter, target.label);
}

void KpiCard::mousePressEvent(QMouseEvent* event)
{
    // Accepting the press makes the card receive the release, where the click is decided.
    if (event->button() == Qt::LeftButton)
        return event->accept();
    QFrame::mousePressEvent(event);
}

void KpiCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !rect().contains(event->position().toPoint()))
        return QFrame::mouseReleaseEvent(event);
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lineTargets.at(i).set &&
            m_lines.at(i)->geometry().contains(event->position().toPoint()))
            return open(m_lineTargets.at(i));
    }
    open(m_card);
}

void KpiCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space)
        return open(m_card);
    QFrame::keyPressEvent(event);
}

} // namespace huellas
