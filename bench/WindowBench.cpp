#include "WindowBench.h"

#include "BenchTimer.h"

#include "core/ProcessMemory.h"
#include "gui/common/DatabaseCare.h"
#include "gui/common/DeskController.h"
#include "gui/common/MainWindow.h"
#include "gui/owners/OwnerListModel.h"
#include "storage/Database.h"

#include <QTableView>

#include <cstdio>
#include <cstdlib>

namespace huellas::bench {
namespace {

double megabytes(std::optional<qint64> kib) { return kib ? double(*kib) / 1024.0 : -1.0; }

} // namespace

int benchWindow(const QString& databasePath)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    Database::setCacheKiBForNewConnections(DeskController::connectionCacheKiB);
    auto opened = Database::open(databasePath);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 4;
    }
    Database& db = **opened;
    auto* window = new MainWindow(db); // left to the process's end, see below
    auto* desk = new DeskController(db, *window);
    window->show();
    desk->refreshMetricsIfStale();
    desk->care()->startBackgroundChecks();
    auto* table = window->findChild<QTableView*>(QStringLiteral("ownersTable"));
    auto* model = table ? qobject_cast<OwnerListModel*>(table->model()) : nullptr;
    if (!model) {
        std::fprintf(stderr, "the window has no owners list\n");
        return 1;
    }
    const auto firstRows = [model] { return !model->isLoading(); };
    const auto counted = [model] { return !model->isLoading() && !model->isCounting(); };
    until([] {}, firstRows);
    std::printf("%-58s %9.1f ms\n", "start-up: open, window shown, first owners in the list",
                double(sinceStart.nsecsElapsed()) / 1e6);
    until([] {}, counted);
    std::printf("%-58s %9.1f ms (%d owners)\n", "start-up: the list's count in",
                double(sinceStart.nsecsElapsed()) / 1e6, model->rowCount());

    for (const QString& text : {QStringLiteral("jose"), QStringLiteral("dog-owner"), QStringLiteral("998 123"),
                                QStringLiteral("@gmail"), QString()}) {
        OwnerListCriteria criteria;
        criteria.text = text;
        until([&] { model->setCriteria(criteria); }, counted);
    }
    for (int i = 0; i < 8; ++i) { // scroll: pages near the middle, then the end
        const int row = std::max(0, model->rowCount() / 2 + i * 300);
        until([&] { table->scrollTo(model->index(row, 0)); },
              [&] { return model->ownerAt(model->index(row, 0)) > 0 || !model->lastError().isEmpty(); });
    }
    std::printf("%-58s %9.1f MB (peak %.1f MB)\n", "window resident memory after searches and scrolling",
                megabytes(ProcessMemory::residentKiB()), megabytes(ProcessMemory::peakResidentKiB()));
    std::fflush(stdout);
    // The integrity check and the day's refresh the window started go on in the background for
    // minutes on a large file; a person closing the window waits for them, a benchmark need not.
    std::_Exit(0);
}

} // namespace huellas::bench
