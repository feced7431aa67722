#include "gui/common/PagedTableModel.h"
#include "support/PagedModelWait.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace huellas;

namespace {

// Numbered rows computed on the worker (no table needed), recording the thread each query
// ran on, so the tests can see what the owners list and the log rely on.
class NumbersModel final : public PagedRowsModel<int>
{
public:
    explicit NumbersModel(const ConnectionSpec& connection) : PagedRowsModel(connection) {}

    void show(int rows, int offsetToAdd = 0, QString pageError = {})
    {
        QThread* const ui = QThread::currentThread();
        reload(
            [this, ui, rows](Database&) -> Result<int> {
                if (QThread::currentThread() == ui)
                    queriedOnUiThread = true;
                return rows;
            },
            [this, ui, rows, offsetToAdd, pageError](Database&, int offset, int limit) -> Result<QList<int>> {
                if (QThread::currentThread() == ui)
                    queriedOnUiThread = true;
                pagesRead.fetchAndAddOrdered(1);
                if (!pageError.isEmpty() && offset > 0)
                    return failure<QList<int>>(pageError);
                QList<int> page;
                for (int i = offset; i < std::min(offset + limit, rows); ++i)
                    page << i + offsetToAdd;
                return page;
            });
    }
    int pagesInMemory() const
    {
        int held = 0;
        for (int page = 0; page * pageSize < rowCount(); ++page)
            held += loadedPage(page) != nullptr;
        return held;
    }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        const int* row = rowAt(index.row());
        if (!row)
            return placeholder(index, role);
        return role == Qt::DisplayRole ? QVariant(*row * (index.column() + 1)) : QVariant();
    }

    bool queriedOnUiThread = false;
    QAtomicInt pagesRead;
};

} // namespace

class TestPagedTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void countAndPagesAreReadOffTheUiThread();
    void rowsNotReadYetShowLoadingUntilTheirPageArrives();
    void aStaleReloadNeverReachesTheView();
    void memoryStaysFlatWhileScrollingThroughManyPages();
    void aFailedPageIsReportedAndTheRestStaysUsable();
    void theFirstPageShowsBeforeTheCount();
    void passesTheItemModelTester();
};

void TestPagedTableModel::countAndPagesAreReadOffTheUiThread()
{
    test::TestDatabase db;
    NumbersModel model(db.spec());
    QSignalSpy loading(&model, &PagedTableModel::loadingChanged);
    model.show(1000);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0); // the window got control back before any query ran
    QVERIFY(test::loaded(model));
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(999, 0).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(test::loaded(model));
    QCOMPARE(model.index(999, 1).data().toInt(), 1998);
    QVERIFY(!model.queriedOnUiThread);
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
}

void TestPagedTableModel::rowsNotReadYetShowLoadingUntilTheirPageArrives()
{
    test::TestDatabase db;
    NumbersModel model(db.spec());
    model.show(30'000);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.index(0, 0).data().toInt(), 0); // the first page comes with the count
    const QModelIndex deep = model.index(20'000, 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(deep.data().toString(), QStringLiteral("Loading…"));
    QCOMPARE(deep.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    QCOMPARE(model.index(20'000, 1).data().toString(), QString()); // one placeholder a row
    QVERIFY(model.hasPendingPages());
    QVERIFY(test::loaded(model));
    QCOMPARE(deep.data().toInt(), 20'000);
    // The view hears which rows arrived: the page around row 20,000.
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).toModelIndex().row() <= 20'000);
    QVERIFY(changed.at(0).at(1).toModelIndex().row() >= 20'000);
}

void TestPagedTableModel::aStaleReloadNeverReachesTheView()
{
    test::TestDatabase db;
    NumbersModel model(db.spec());
    model.show(10);
    QVERIFY(test::loaded(model));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loadedSpy(&model, &PagedTableModel::loaded);
    // "j", "jo", "jos": three reloads before the worker answers the first.
    model.show(100, 1000);
    model.show(200, 2000);
    model.show(300, 3000);
    QVERIFY(test::loaded(model));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(loadedSpy.count(), 1);
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.index(0, 0).data().toInt(), 3000);
}

void TestPagedTableModel::memoryStaysFlatWhileScrollingThroughManyPages()
{
    test::TestDatabase db;
    NumbersModel model(db.spec());
    const int pages = PagedTableModel::cachedPages + 36;
    model.show(pages * PagedTableModel::pageSize);
    QVERIFY(test::loaded(model));
    for (int page = 0; page < pages; ++page) {
        const int row = page * PagedTableModel::pageSize + 7;
        QCOMPARE(test::cell(&model, row, 0).toInt(), row);
    }
    QCOMPARE(model.pagesInMemory(), PagedTableModel::cachedPages);
    // The farthest went first: the pages just read are still here, the first ones are not.
    const int before = model.pagesRead.loadAcquire();
    QCOMPARE(model.index((pages - 1) * PagedTableModel::pageSize, 0).data().toInt(),
             (pages - 1) * PagedTableModel::pageSize);
    QCOMPARE(model.pagesRead.loadAcquire(), before);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Loading…"));
}

void TestPagedTableModel::aFailedPageIsReportedAndTheRestStaysUsable()
{
    test::TestDatabase db;
    NumbersModel model(db.spec());
    QSignalSpy failed(&model, &PagedTableModel::failed);
    model.show(1000, 0, QStringLiteral("the disk went away"));
    QVERIFY(test::loaded(model));
    QCOMPARE(model.index(600, 0).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(test::loaded(model));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the disk went away"));
    QCOMPARE(model.lastError(), QStringLiteral("the disk went away"));
    QCOMPARE(model.index(5, 0).data().toInt(), 5);
}

void TestPagedTableModel::theFirstPageShowsBeforeTheCount()
{
    test::TestDatabase db;
    NumbersModel model(db.spec());
    QSignalSpy first(&model, &PagedTableModel::loaded);
    QSignalSpy counted(&model, &PagedTableModel::counted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.show(5000);
    QVERIFY(first.wait());
    // Whether the count is in yet or not, the rows past the first page come as an insertion.
    QVERIFY(test::loaded(model));
    QCOMPARE(counted.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), PagedTableModel::pageSize);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4999);
    QCOMPARE(model.rowCount(), 5000);
    // A short first page is the whole answer: no count, no insertion.
    model.show(10);
    QVERIFY(test::loaded(model));
    QCOMPARE(counted.count(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 10);
}

void TestPagedTableModel::passesTheItemModelTester()
{
    test::TestDatabase db;
    NumbersModel model(db.spec());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(700);
    QVERIFY(test::loaded(model));
    for (int row = 0; row < model.rowCount(); row += 100)
        QCOMPARE(test::cell(&model, row, 1).toInt(), row * 2);
    model.show(3);
    QVERIFY(test::loaded(model));
    QCOMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TestPagedTableModel)
#include "TestPagedTableModel.moc"
