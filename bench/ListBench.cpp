#include "ListBench.h"

#include "BenchTimer.h"

#include "gui/owners/OwnerListModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace huellas::bench {
namespace {

// How long the event loop went without turning: a 2 ms timer's largest gap. A query on the
// UI thread would show here as a gap as long as the query.
class StallMonitor
{
public:
    StallMonitor()
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_worst = std::max(m_worst, m_sinceLast.restart());
        });
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 worst() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_worst = 0;
};

bool rowIn(const OwnerListModel& model, int row)
{
    return model.ownerAt(model.index(row, 0)) > 0 || !model.lastError().isEmpty();
}

void print(const QString& name, std::vector<double> times, qint64 stall)
{
    printTimes(name, std::move(times), QStringLiteral("UI stall %1 ms").arg(stall, 4));
}

} // namespace

void benchOwnersList(const QString& databasePath)
{
    auto opened = Database::open(databasePath);
    if (!opened)
        return (void)std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
    OwnerListModel model(**opened);
    StallMonitor stalls;
    const auto loaded = [&model] { return !model.isLoading(); }; // the first rows are in view
    const auto counted = [&model] { return !model.isLoading() && !model.isCounting(); };
    until([] {}, counted);
    const int rows = model.rowCount();
    if (rows == 0)
        return (void)std::printf("owners list: no owners to measure\n");
    std::printf("owners list (OwnerListModel, its worker thread): %d rows\n", rows);

    const char* columns[] = {"name", "phone", "tier", "churn risk", "engagement", "lifetime value", "last visit", "tags"};
    for (int column = 0; column < OwnerListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<double> first;
            std::vector<double> deep;
            for (int i = 0; i < 3; ++i) {
                first.push_back(until([&] { model.sort(column, order); }, loaded));
                until([] {}, counted);
                const int target = std::min(rows - 1, rows / 2 + i * 1000);
                deep.push_back(until([&] { (void)model.index(target, 0).data(); }, [&] { return rowIn(model, target); }));
            }
            const QString name = QStringLiteral("sort by %1 %2").arg(QString::fromLatin1(columns[column]),
                                                                     order == Qt::AscendingOrder ? "↑" : "↓");
            print(name + QStringLiteral(": first page"), first, stalls.worst());
            print(name + QStringLiteral(": page at row %1").arg(rows / 2), deep, stalls.worst());
        }
    }
    model.sort(OwnerListModel::Name, Qt::AscendingOrder);
    until([] {}, counted);
    for (const QString& text : {QStringLiteral("998 123"), QStringLiteral("jose"), QStringLiteral("ana canul"),
                                QStringLiteral("dog-owner"), QStringLiteral("pescadores"), QStringLiteral("@gmail"),
                                QStringLiteral("jo")}) {
        std::vector<double> firstRows;
        std::vector<double> counts;
        int matched = 0;
        for (int i = 0; i < 5; ++i) {
            OwnerListCriteria criteria;
            criteria.text = text;
            QElapsedTimer sinceKeystroke;
            sinceKeystroke.start();
            firstRows.push_back(until([&] { model.setCriteria(criteria); }, loaded));
            until([] {}, counted);
            counts.push_back(double(sinceKeystroke.nsecsElapsed()) / 1e6);
            matched = model.rowCount();
            until([&] { model.setCriteria({}); }, counted);
        }
        print(QStringLiteral("keystroke \"%1\": first rows in view").arg(text), firstRows, stalls.worst());
        print(QStringLiteral("keystroke \"%1\": count in (%2 rows)").arg(text).arg(matched), counts,
              stalls.worst());
    }
}

} // namespace huellas::bench
