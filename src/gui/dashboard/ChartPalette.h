#pragma once

#include <QColor>
#include <QString>

namespace huellas::ChartPalette {

// Churn reads like a traffic light; everything else uses one calm colour per chart.
inline QColor churnRisk(const QString& key)
{
    if (key == QLatin1String("high"))
        return QColor(0xd3, 0x2f, 0x2f);
    if (key == QLatin1String("medium"))
        return QColor(0xf5, 0xa6, 0x23);
    return QColor(0x43, 0xa0, 0x47);
}

inline QColor primary()
{
    return QColor(0x1e, 0x88, 0xe5);
}
inline QColor secondary()
{
    return QColor(0x00, 0x89, 0x7b);
}
inline QColor tertiary()
{
    return QColor(0x7e, 0x57, 0xc2);
}
inline QColor alert()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

// Eleven distinguishable colours, one per interaction type (in Choices order).
inline QColor series(int index)
{
    static const QColor colors[] = {
        QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47), QColor(0x8e, 0x24, 0xaa),
        QColor(0xfb, 0x8c, 0x00), QColor(0x25, 0xd3, 0x66), QColor(0x00, 0xac, 0xc1),
        QColor(0x5c, 0x6b, 0xc0), QColor(0xfd, 0xd8, 0x35), QColor(0xe5, 0x39, 0x35),
        QColor(0x6d, 0x4c, 0x41), QColor(0xec, 0x40, 0x7a),
    };
    return colors[index % int(std::size(colors))];
}

} // namespace huellas::ChartPalette
