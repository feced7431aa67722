#include "SegmentSlug.h"

namespace huellas::SegmentRules {

QString slugFor(const QString& name)
{
    // Decomposition splits "ñ" into "n" + a combining tilde; dropping the marks folds accents.
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString slug;
    bool separatorPending = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        const QChar lower = c.toLower();
        const bool asciiAlphanumeric = (lower >= QLatin1Char('a') && lower <= QLatin1Char('z')) ||
                                       (lower >= QLatin1Char('0') && lower <= QLatin1Char('9'));
        if (!asciiAlphanumeric) {
            separatorPending = true;
            continue;
        }
        if (separatorPending && !slug.isEmpty())
            slug += QLatin1Char('-');
        separatorPending = false;
        slug += lower;
    }
    return slug;
}

} // namespace huellas::SegmentRules
