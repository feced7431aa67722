// huellas-screenshots DATABASE FOLDER: photographs every screen of the real window on that
// database (scripts/screenshots.sh runs it under Xvfb on demo data).
#include "ScreenshotTour.h"

#include "Translations.h"
#include "core/AppIdentity.h"
#include "gui/common/DeskController.h"
#include "gui/common/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace huellas;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    Translations::install(Translations::preferredLanguage());
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: huellas-screenshots DATABASE FOLDER\n");
        return 2;
    }
    auto database = Database::open(args.at(1));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 4;
    }
    MainWindow window(**database);
    DeskController desk(**database, window);
    window.resize(1280, 760);
    window.show();
    ScreenshotTour tour(window, QDir(args.at(2)));
    QTimer::singleShot(0, &app, [&] {
        tour.run();
        app.quit();
    });
    return app.exec();
}
