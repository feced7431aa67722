#include "CliCommands.h"

#include "Translations.h"
#include "core/AppIdentity.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    huellas::AppIdentity::apply();
    huellas::Translations::install(huellas::Translations::preferredLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return huellas::cli::run(app.arguments().mid(1), out, err);
}
