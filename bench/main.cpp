#include "BenchTimer.h"
#include "ListBench.h"
#include "SegmentBench.h"
#include "WindowBench.h"

#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerCsvExporter.h"
#include "storage/OwnerListQuery.h"
#include "storage/dashboard/DashboardQueries.h"

#include <QApplication>
#include <QBuffer>

#include <cstdio>

using namespace huellas;
using bench::measure;

namespace {

// What the owners list's worker does for one keystroke: count the matches, read the first page.
void searchOnce(Database& db, const QString& text)
{
    OwnerListCriteria criteria;
    criteria.text = text;
    (void)OwnerListQuery::count(db, *OwnerListQuery::filterFor(db, criteria, OwnerListQuery::countIndexLimit));
    (void)OwnerListQuery::page(db, *OwnerListQuery::filterFor(db, criteria), OwnerListSort::Name,
                               Qt::AscendingOrder, 0, 256);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--window") == 0) {
        QApplication app(argc, argv);
        return bench::benchWindow(QString::fromLocal8Bit(argv[2]));
    }
    // Each figure is printed as it is measured, through a pipe (bench.sh's tee) too: a run of
    // an hour shows its progress, and a stopped one keeps what it measured.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--list") == 0) { // the owners list's figures alone
        bench::benchOwnersList(QString::fromLocal8Bit(argv[2]));
        return 0;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: huellas-bench DATABASE | huellas-bench --window DATABASE | "
                             "huellas-bench --list DATABASE\n");
        return 2;
    }
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 4;
    }
    Database& db = **opened;
    std::printf("%-58s %9.1f ms\n", "open (header, application id, schema; no page read)",
                double(openTimer.nsecsElapsed()) / 1e6);
    auto owners = OwnerListQuery::count(db, {});
    std::printf("owners in the database: %d\n\n", owners ? *owners : -1);

    measure(QStringLiteral("refresh --full: every owner from the activity (set-based)"), 2,
            [&] { (void)MetricsRefresher(db).refreshAll(QDate(2026, 11, 24)); });
    // The start-up job of a new day: only the date-derived columns, one day on each time.
    int day = 0;
    measure(QStringLiteral("date moved by one day (days since, churn, recency)"), 5,
            [&] { (void)MetricsRefresher(db).moveToDate(QDate(2026, 11, 25).addDays(day++)); });
    (void)MetricsRefresher(db).refreshAll(QDate(2026, 11, 24));
    measure(QStringLiteral("auto-update of one owner after a write"), 50,
            [&] { (void)MetricsRefresher(db).refreshOwner(1 + std::rand() % 1000); });
    for (const QString& text : {QStringLiteral("998 123"), QStringLiteral("jose"), QStringLiteral("ana canul"),
                                QStringLiteral("dog-owner"), QStringLiteral("@gmail")})
        measure(QStringLiteral("owners list keystroke: \"%1\"").arg(text), 10, [&] { searchOnce(db, text); });
    measure(QStringLiteral("owners list, no search, first page"), 10, [&] { searchOnce(db, QString()); });
    bench::benchOwnersList(QString::fromLocal8Bit(argv[1]));

    bench::benchSegmentCounts(db, QString::fromLocal8Bit(argv[1]));
    measure(QStringLiteral("export every owner to CSV (in memory)"), 2, [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        (void)OwnerCsvExporter(db).write(buffer);
    });
    measure(QStringLiteral("dashboard, 12 months (worker thread's work)"), 2,
            [&] { (void)DashboardQueries::load(db, DashboardQueries::periodOf(db, 12)); });
    // Last: at a million owners it reads every page of a 10 GB file for many minutes.
    QElapsedTimer checkTimer;
    checkTimer.start();
    auto problems = IntegrityCheck::problems(db);
    std::printf("%-58s %9.1f ms (%s)\n", "integrity check (the window runs it in the background)",
                double(checkTimer.nsecsElapsed()) / 1e6,
                problems && problems->isEmpty() ? "sound" : "NOT SOUND");
    return 0;
}
