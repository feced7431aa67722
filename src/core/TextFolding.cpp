#include "TextFolding.h"

#include <QList>

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

const QList<std::pair<QString, QString>>& spanishDiacritics()
{
    static const QList<std::pair<QString, QString>> pairs = [] {
        QList<std::pair<QString, QString>> list;
        for (const QString& letter : QString::fromUtf8("áéíóúüñÁÉÍÓÚÜÑàèìòù").split(QString(), Qt::SkipEmptyParts))
            list.append({letter, fold(letter)});
        return list;
    }();
    return pairs;
}

} // namespace huellas::TextFolding
