#include "Translations.h"

#include "core/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace huellas::Translations {

void install(const QString& language)
{
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // Money, dates and numbers follow es_MX even with the English UI: the clinic is in Mexico.
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    if (language == QLatin1String("en"))
        return;
    ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/huellas_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString preferredLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable("HUELLAS_LANG");
    return fromEnvironment.isEmpty() ? AppSettings::instance().language() : fromEnvironment;
}

} // namespace huellas::Translations
