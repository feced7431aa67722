#pragma once

#include <QString>

namespace huellas {

// Text the user typed, made literal inside a LIKE pattern: their % and _ are characters, not
// wildcards. The dialect's containsText() declares '\' as the escape character.
inline QString escapedForLike(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

} // namespace huellas
