#pragma once

#include <QString>

namespace huellas::Translations {

// Installs the catalogue for the language ("es" by default, "en" for the English source text)
// and Qt's own qtbase catalogue, so standard buttons read "Aceptar", "Cancelar".
void install(const QString& language = QStringLiteral("es"));

// The language asked for: HUELLAS_LANG when set, otherwise the setting (Spanish by default).
QString preferredLanguage();

} // namespace huellas::Translations
