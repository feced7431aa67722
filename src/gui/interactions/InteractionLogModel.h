#pragma once

#include "gui/common/PagedTableModel.h"
#include "storage/InteractionCriteria.h"
#include "storage/InteractionRow.h"

#include <QDate>

namespace huellas {

class Database;

// The interaction log over the database, newest first, read off the UI thread a page at a
// time as the view asks (PagedTableModel), like the owners list. Filtering happens in SQL.
class InteractionLogModel final : public PagedRowsModel<InteractionRow>
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        OwnerName,
        Type,
        Direction,
        Subject,
        Sentiment,
        HandledBy,
        FollowUp,
        ColumnCount
    };
    static constexpr int InteractionIdRole = Qt::UserRole + 1;
    static constexpr int OwnerIdRole = Qt::UserRole + 2;

    explicit InteractionLogModel(Database& database, QObject* parent = nullptr);

    void setCriteria(const InteractionCriteria& criteria);
    const InteractionCriteria& criteria() const { return m_criteria; }
    // Reads the rows again (on the worker); also moves "today" on after midnight.
    void reload();
    qint64 interactionAt(const QModelIndex& index) const; // 0 while its page is on its way
    int rowOf(qint64 interactionId) const; // among loaded pages; -1 when not found

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const InteractionRow& row, int column) const;
    QVariant raw(const InteractionRow& row, int column) const;

    InteractionCriteria m_criteria;
    QDate m_today;
};

} // namespace huellas
