#pragma once

#include "storage/InteractionRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace huellas {

class Database;

// The follow-ups due today and overdue, the most overdue first. They are the day's to-do
// list — tens, not thousands — so the model holds them all.
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

    explicit FollowUpListModel(Database& database, QObject* parent = nullptr);

    // Re-reads as of `today` (clinic-local date).
    void reload(const QDate& today);
    const QDate& today() const { return m_today; }
    qint64 interactionAt(const QModelIndex& index) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const InteractionRow& row, int column) const;

    Database& m_database;
    QDate m_today;
    QList<InteractionRow> m_rows;
    QString m_lastError;
};

} // namespace huellas
