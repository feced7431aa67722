#pragma once

#include "storage/InteractionQueries.h"
#include "storage/InteractionRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

namespace huellas {

// The one follow-ups model of the window: the desk's Pendientes panel and the dashboard's
// pending list both show it. Follow-ups are grouped under a header row each — overdue, due
// today, without a date ("Sin fecha"), then upcoming and done if given — in the order they
// arrive within a group. Header rows have no flags, so they cannot be selected and the
// keyboard steps over them. It holds what the caller read through storage: a day's to-do list,
// or the first of a long one.
class FollowUpListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Due,
        OwnerName,
        Phone,
        Type,
        Subject,
        HandledBy,
        ColumnCount
    };
    static constexpr int InteractionIdRole = Qt::UserRole + 1;
    static constexpr int OwnerIdRole = Qt::UserRole + 2;
    static constexpr int GroupRole = Qt::UserRole + 3; // int(FollowUpStatus) of the row's group

    explicit FollowUpListModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    // `today` (clinic-local) decides each follow-up's group. `counts`, when the list holds only
    // the first of them, are what the group headers count.
    void setFollowUps(const QList<InteractionRow>& followUps, const QDate& today,
                      const std::optional<InteractionQueries::FollowUpCounts>& counts = {});
    const QDate& today() const { return m_today; }
    int followUpCount() const { return int(m_followUps.size()); } // the ones listed
    int countIn(FollowUpStatus group) const;

    bool isGroupHeader(int row) const;
    // The follow-up on `index`'s row; nullptr on a header row.
    const InteractionRow* followUpAt(const QModelIndex& index) const;
    qint64 interactionAt(const QModelIndex& index) const;
    int rowOf(qint64 interactionId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        FollowUpStatus group;
        int followUp = -1; // index into m_followUps; -1 on a group header
    };

    QVariant display(const InteractionRow& row, int column) const;
    QVariant headerLine(const Line& line, const QModelIndex& index, int role) const;
    QVariant followUpLine(const InteractionRow& row, const QModelIndex& index, int role) const;

    QDate m_today;
    QList<InteractionRow> m_followUps;
    QList<Line> m_lines;
    std::optional<InteractionQueries::FollowUpCounts> m_counts;
};

} // namespace huellas
