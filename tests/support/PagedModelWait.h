#pragma once

#include "gui/common/PagedTableModel.h"

#include <QTest>

namespace huellas::test {

// Waits until a paged model's reload, its count and every page asked for are in: its worker answers
// through the event loop, as it does in the window. Use as QVERIFY(test::loaded(model)).
[[nodiscard]] inline bool loaded(const PagedTableModel& model, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&model] { return !model.isLoading() && !model.isCounting() && !model.hasPendingPages(); },
                           timeoutMs);
}

// The same for a view's model, known to be a paged one.
[[nodiscard]] inline bool loaded(const QAbstractItemModel* model, int timeoutMs = 10000)
{
    const auto* paged = qobject_cast<const PagedTableModel*>(model);
    return paged && loaded(*paged, timeoutMs);
}

// A cell the way a view reads one: asking for it brings its page, then it is read again.
inline QVariant cell(const QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole)
{
    (void)model->index(row, column).data(role);
    if (!loaded(model))
        return QStringLiteral("<page never arrived>");
    return model->index(row, column).data(role);
}

} // namespace huellas::test
