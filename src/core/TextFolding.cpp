#include "TextFolding.h"

namespace huellas::TextFolding {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    return folded;
}

} // namespace huellas::TextFolding
