#include "Translations.h"
#include "core/AppIdentity.h"
#include "gui/common/DatabaseCare.h"
#include "gui/common/DeskController.h"
#include "gui/common/MainWindow.h"
#include "gui/common/MessageBox.h"
#include "storage/Database.h"
#include "storage/DemoDataGenerator.h"
#include "storage/OwnerRepository.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace huellas;

namespace {

// An empty database is offered demo data, so a first look at the program shows something real.
void offerDemoData(Database& database)
{
    if (database.isReadOnly())
        return;
    auto count = OwnerRepository(database).count();
    if (!count || *count > 0)
        return;
    const auto answer = MessageBox::question(
        nullptr, QApplication::translate("main", "Empty database"),
        QApplication::translate("main", "The database has no owners yet. Fill it with demo data "
                                        "(300 fictitious owners of Puerto Morelos) to try the program?"));
    if (answer != QMessageBox::Yes)
        return;
    DemoOptions options;
    options.owners = 300;
    if (auto r = DemoDataGenerator(database).generate(options); !r)
        MessageBox::critical(nullptr, QApplication::translate("main", "Demo data"), r.error());
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    Translations::install(Translations::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Huellas CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file."),
                                      QStringLiteral("FILE"), Database::defaultPath());
    const QCommandLineOption urlOption(QStringLiteral("db-url"),
                                       QApplication::translate("main", "A PostgreSQL database shared by several desks "
                                                                       "(the password comes from ~/.pgpass)."),
                                       QStringLiteral("postgresql://USER@HOST:PORT/NAME"));
    parser.addOption(dbOption);
    parser.addOption(urlOption);
    parser.process(app);

    ConnectionSpec spec = ConnectionSpec::sqliteFile(parser.value(dbOption));
    if (parser.isSet(urlOption)) {
        auto parsed = parser.isSet(dbOption)
                          ? Result<ConnectionSpec>::failure(QApplication::translate("main", "Give either --db or --db-url, not both."))
                          : ConnectionSpec::fromUrl(parser.value(urlOption));
        if (!parsed) {
            MessageBox::critical(nullptr, QApplication::translate("main", "Huellas CRM"), parsed.error());
            return 2;
        }
        spec = *parsed;
    }
    Database::setCacheKiBForNewConnections(DeskController::connectionCacheKiB);
    auto database = Database::open(spec);
    if (!database) {
        MessageBox::critical(nullptr, QApplication::translate("main", "Huellas CRM"), database.error());
        return 4;
    }
    Database& db = **database;
    offerDemoData(db);
    MainWindow window(db);
    DeskController desk(db, window);
    window.show();
    // Nothing long before the window: the date-moved refresh, the whole-file integrity check
    // and the daily backup run on worker connections once it is up (read-only, the metrics
    // stay as of their last refresh; the status bar says which day).
    desk.refreshMetricsIfStale();
    desk.care()->startBackgroundChecks();
    return app.exec();
}
