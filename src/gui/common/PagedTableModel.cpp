#include "PagedTableModel.h"

#include <QColor>

#include <algorithm>
#include <atomic>

namespace huellas {

PagedTableModel::PagedTableModel(const ConnectionSpec& connection, QObject* parent)
    : QAbstractTableModel(parent), m_worker(connection)
{
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

void PagedTableModel::reloadWith(CountJob count, ErasedPageJob page)
{
    const int generation = m_generation.next();
    m_pageJob = page;
    m_requested.clear();
    setLoading(true);
    m_counting = true;
    // The first page before the count, as DB Browser for SQLite does: a search that matches
    // half the owners shows its first rows as soon as they are read, while counting them all
    // goes on behind. A page shorter than a full one is the whole answer: nothing to count.
    const auto stillWanted = [this, generation] { return m_generation.isCurrent(generation); };
    // Both jobs run on the worker, one after the other: the page tells the count whether to run.
    auto wholeAnswer = std::make_shared<std::atomic_bool>(false);
    m_worker.run<std::pair<ErasedPage, int>>(
        stillWanted,
        [page, wholeAnswer](Database& database) {
            auto first = page(database, 0, pageSize);
            *wholeAnswer = first && first->second < pageSize;
            return first;
        },
        [this, generation](const Result<std::pair<ErasedPage, int>>& first) {
            if (!m_generation.isCurrent(generation))
                return; // overtaken by a newer reload
            setLoading(false);
            if (!first) {
                m_counting = false;
                return report(first.error());
            }
            m_lastError.clear();
            beginResetModel();
            m_rowCount = first->second;
            m_pages.clear();
            m_requested.clear();
            m_pages.insert(0, CachedPage{first->first, first->second});
            endResetModel();
            if (m_rowCount < pageSize)
                m_counting = false;
            emit loaded();
            if (!m_counting)
                emit counted();
        });
    m_worker.run<int>(
        [stillWanted, wholeAnswer] { return stillWanted() && !*wholeAnswer; },
        [count = std::move(count)](Database& database) { return count(database); },
        [this, generation](const Result<int>& rows) {
            if (!m_generation.isCurrent(generation) || !m_counting)
                return; // overtaken, or the first page already told
            m_counting = false;
            if (!rows)
                return report(rows.error());
            if (*rows > m_rowCount) {
                beginInsertRows({}, m_rowCount, *rows - 1);
                m_rowCount = *rows;
                endInsertRows();
            }
            emit counted();
        });
}

const void* PagedTableModel::loadedPage(int page) const
{
    auto cached = m_pages.constFind(page);
    return cached == m_pages.cend() ? nullptr : cached->rows.get();
}

const void* PagedTableModel::pageOf(int row) const
{
    const int page = row / pageSize;
    const void* rows = loadedPage(page);
    if (!rows)
        requestPage(page);
    return rows;
}

void PagedTableModel::requestPage(int page) const
{
    if (m_loading || m_requested.contains(page))
        return; // the reload brings fresh rows; the old generation's pages are not worth reading
    m_requested.insert(page);
    auto* self = const_cast<PagedTableModel*>(this); // a cache fill, not a change of contents
    const int generation = m_generation.current();
    self->m_worker.run<std::pair<ErasedPage, int>>(
        [self, generation] { return self->m_generation.isCurrent(generation); },
        [job = m_pageJob, page](Database& database) { return job(database, page * pageSize, pageSize); },
        [self, generation, page](const Result<std::pair<ErasedPage, int>>& rows) {
            if (!self->m_generation.isCurrent(generation))
                return;
            self->m_requested.remove(page);
            if (!rows)
                return self->report(rows.error());
            self->storePage(page, CachedPage{rows->first, rows->second});
        });
}

void PagedTableModel::storePage(int page, CachedPage rows)
{
    if (m_pages.size() >= cachedPages) {
        // Memory stays flat however far the receptionist scrolls: drop the farthest pages.
        QList<int> held = m_pages.keys();
        std::sort(held.begin(), held.end(),
                  [page](int a, int b) { return std::abs(a - page) > std::abs(b - page); });
        const int excess = int(m_pages.size()) - cachedPages + 1;
        for (int i = 0; i < excess; ++i)
            m_pages.remove(held.at(i));
    }
    m_pages.insert(page, std::move(rows));
    const int first = page * pageSize;
    const int last = std::min(m_rowCount, first + pageSize) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

QVariant PagedTableModel::placeholder(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == 0)
        return tr("Loading…");
    if (role == Qt::ForegroundRole)
        return QColor(Qt::gray);
    return {};
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void PagedTableModel::report(const QString& message)
{
    m_lastError = message;
    emit failed(message);
}

} // namespace huellas
