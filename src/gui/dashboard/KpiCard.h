#pragma once

#include "storage/dashboard/DashboardData.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace huellas {

// One KPI card: a title and a few lines ("alto: 611"). A click on a line that has its own
// owners opens those; anywhere else, the card's owners. Enter or Space does the same.
class KpiCard final : public QFrame
{
    Q_OBJECT

public:
    KpiCard(const QString& objectName, const QString& title, QWidget* parent = nullptr);

    // The card's own owners, opened by a click outside the lines that have theirs.
    void setFigure(const DashboardFigure& figure, const QString& drillLabel);
    // Line `line` (0 = the big number) shows `text`; with a figure it opens those owners.
    void setLine(int line, const QString& text, const DashboardFigure* figure = nullptr,
                 const QString& drillLabel = {});
    QLabel* lineLabel(int line) const { return m_lines.at(line); }

signals:
    void drillDown(const huellas::OwnerFilter& filter, const QString& label);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Target
    {
        bool set = false;
        OwnerFilter filter;
        QString label;
    };
    void open(const Target& target);

    QList<QLabel*> m_lines;
    QList<Target> m_lineTargets;
    Target m_card;
};

} // namespace huellas
