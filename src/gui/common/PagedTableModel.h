#pragma once

#include "DatabaseWorker.h"
#include "RequestGeneration.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>

namespace huellas {

// A long table over the database, read the way DB Browser for SQLite reads one: a worker
// with its own connection counts the rows and reads pages of `pageSize` as the view scrolls
// to them; the window never waits on a query. Rows not read yet show "Loading…" in the first
// column until their page arrives. Every reload bumps a generation counter, and answers to
// an older generation are dropped, so a slow query for "jo" can never overwrite the rows of
// "jose". At most `cachedPages` pages are kept, the farthest from the one arriving go first.
//
// Until a reload's first page arrives the old rows stay in view (isLoading() is true); then
// the model resets once to the new ones and emits loaded(). The count follows on the same
// worker (isCounting()): the first page shows at once however many rows match, and the rows
// past it are inserted, with counted(), when the count is in.
//
// The row type lives in PagedRowsModel<Row> below; this class holds what does not depend on it.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 256;
    static constexpr int cachedPages = 64;

    // A reload is on its way (the rows in view are the previous ones).
    bool isLoading() const { return m_loading; }
    // The row count is not final yet (rowCount() is the first page's).
    bool isCounting() const { return m_counting; }
    // Some rows in view wait for their page.
    bool hasPendingPages() const { return !m_requested.isEmpty(); }
    QString lastError() const { return m_lastError; }
    // For companion reads that belong with this list (totals, filter values) on the same
    // connection, in order with its pages.
    DatabaseWorker& worker() { return m_worker; }

    int rowCount(const QModelIndex& parent = {}) const override;

signals:
    void loadingChanged(bool loading);
    // A reload's first rows are in: the model was reset to them.
    void loaded();
    // A reload's row count is in: rowCount() is every matching row.
    void counted();
    // A count or a page could not be read; the message says why (in the user's language).
    void failed(const QString& message);

protected:
    using ErasedPage = std::shared_ptr<const void>; // a QList<Row>
    using CountJob = std::function<Result<int>(Database&)>;
    using ErasedPageJob = std::function<Result<std::pair<ErasedPage, int>>(Database&, int offset, int limit)>;

    explicit PagedTableModel(const ConnectionSpec& connection, QObject* parent = nullptr);

    void reloadWith(CountJob count, ErasedPageJob page);
    // The page holding `row`, asking for it when it is not here yet; null until it arrives.
    const void* pageOf(int row) const;
    // The page if it is in memory; never asks for it.
    const void* loadedPage(int page) const;
    // What a row shows while its page is on its way.
    QVariant placeholder(const QModelIndex& index, int role) const;

private:
    struct CachedPage
    {
        ErasedPage rows;
        int size = 0;
    };
    void requestPage(int page) const;
    void storePage(int page, CachedPage rows);
    void setLoading(bool loading);
    void report(const QString& message);

    ErasedPageJob m_pageJob;
    RequestGeneration m_generation; // of the newest reload
    int m_rowCount = 0;
    bool m_loading = false;
    bool m_counting = false;
    QString m_lastError;
    QHash<int, CachedPage> m_pages;
    mutable QSet<int> m_requested; // pages asked for in this generation and not in yet
    DatabaseWorker m_worker; // last: it goes first, waiting for its thread, while the rest is whole
};

// The typed face of PagedTableModel: subclasses give a count and a page query (captured by
// value: they run on the worker's connection) and read rows with rowAt().
template <typename Row>
class PagedRowsModel : public PagedTableModel
{
protected:
    using PageQuery = std::function<Result<QList<Row>>(Database&, int offset, int limit)>;

    using PagedTableModel::PagedTableModel;

    void reload(CountJob count, PageQuery page)
    {
        reloadWith(std::move(count),
                   [page = std::move(page)](Database& database, int offset, int limit)
                       -> Result<std::pair<ErasedPage, int>> {
                       auto rows = page(database, offset, limit);
                       if (!rows)
                           return failure<std::pair<ErasedPage, int>>(rows.error());
                       const int size = int(rows->size());
                       return std::pair<ErasedPage, int>(
                           std::make_shared<const QList<Row>>(std::move(rows).value()), size);
                   });
    }

    // The row, or null while its page is on its way (or the row vanished since the count).
    const Row* rowAt(int row) const
    {
        if (row < 0 || row >= rowCount())
            return nullptr;
        const auto* rows = static_cast<const QList<Row>*>(pageOf(row));
        const int offset = row % pageSize;
        return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
    }

    // Among the pages in memory only; -1 when not there.
    template <typename Match>
    int loadedRowWhere(Match match) const
    {
        for (int row = 0; row < rowCount(); row += pageSize) {
            const auto* rows = static_cast<const QList<Row>*>(loadedPage(row / pageSize));
            for (int i = 0; rows && i < rows->size(); ++i)
                if (match(rows->at(i)))
                    return row + i;
        }
        return -1;
    }
};

} // namespace huellas
