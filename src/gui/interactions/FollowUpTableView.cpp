#include "FollowUpTableView.h"

#include "FollowUpListModel.h"

#include <QHeaderView>

namespace huellas {

FollowUpTableView::FollowUpTableView(FollowUpListModel* model, QWidget* parent)
    : QTableView(parent), m_model(model)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(FollowUpListModel::Subject, QHeaderView::Stretch);
    connect(model, &QAbstractItemModel::modelReset, this, &FollowUpTableView::spanGroupHeaders);
    spanGroupHeaders();
}

void FollowUpTableView::spanGroupHeaders()
{
    clearSpans();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->isGroupHeader(r))
            setSpan(r, 0, 1, FollowUpListModel::ColumnCount);
}

qint64 FollowUpTableView::currentInteraction() const
{
    return m_model->interactionAt(currentIndex());
}

void FollowUpTableView::selectFollowUp(qint64 interactionId, int row)
{
    const int rows = m_model->rowCount();
    int target = m_model->rowOf(interactionId);
    for (int r = qMax(0, row); target < 0 && r < rows; ++r)
        if (!m_model->isGroupHeader(r))
            target = r;
    for (int r = rows - 1; target < 0 && r >= 0; --r)
        if (!m_model->isGroupHeader(r))
            target = r;
    if (target >= 0)
        setCurrentIndex(m_model->index(target, 0));
}

} // namespace huellas
