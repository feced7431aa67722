#pragma once

#include "core/LocalTime.h"
#include "core/Money.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <utility>
#include <vector>

namespace huellas {

// How a column is shown and edited; the editor picks a delegate by it.
enum class CellKind
{
    Text,
    Choice,   // a key or an id from `options`, shown by its label
    Date,     // QDate, dd/MM/yyyy
    DateTime, // QDateTime in UTC, shown and edited in the clinic's local time
    Money,    // qint64 centavos, edited in pesos
    Flag,     // bool, a check box
};

struct CellOption
{
    QVariant value;
    QString label;
};
using CellOptions = QList<CellOption>;

template <typename Record> struct RecordColumn
{
    const char* header; // English source text in the "OwnerEditorTables" context
    CellKind kind;
    std::function<QVariant(const Record&)> get;
    std::function<void(Record&, const QVariant&)> set = {}; // none: read-only
    std::function<CellOptions()> options = {};              // Choice columns
};

// Rows of one kind of record as an editable table. Display and edit roles convert between the
// stored form (keys, UTC, centavos) and what the desk reads and types; removed stored rows are
// remembered so saving can delete them. New rows get negative placeholder ids that other
// tables may point at until the save assigns real ones.
template <typename Record> class OwnerEditorTableModel final : public QAbstractTableModel
{
public:
    OwnerEditorTableModel(std::vector<RecordColumn<Record>> columns,
                          std::function<Record()> makeNew, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns)), m_makeNew(std::move(makeNew))
    {
    }

    void setRecords(const QList<Record>& records)
    {
        beginResetModel();
        m_records = records;
        m_removedIds.clear();
        endResetModel();
    }
    const QList<Record>& records() const { return m_records; }
    const QList<qint64>& removedIds() const { return m_removedIds; }
    const RecordColumn<Record>& column(int section) const
    {
        return m_columns.at(std::size_t(section));
    }

    // Every value a user can change, to tell an edited table from the one loaded.
    QVariantList snapshot() const
    {
        QVariantList values;
        for (const Record& record : m_records) {
            values << record.id;
            for (const RecordColumn<Record>& c : m_columns)
                values << c.get(record);
        }
        return values;
    }

    // Adds a row with the defaults at `row` and returns its index.
    int insertNewRecord(int row)
    {
        Record record = m_makeNew ? m_makeNew() : Record{};
        record.id = --m_lastPlaceholderId;
        beginInsertRows({}, row, row);
        m_records.insert(row, record);
        endInsertRows();
        return row;
    }

    bool removeRows(int row, int count, const QModelIndex& parent = {}) override
    {
        if (parent.isValid() || row < 0 || count <= 0 || row + count > m_records.size())
            return false;
        beginRemoveRows({}, row, row + count - 1);
        for (int i = 0; i < count; ++i) {
            if (const qint64 id = m_records.at(row).id; id > 0)
                m_removedIds << id;
            m_records.removeAt(row);
        }
        endRemoveRows();
        return true;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= columnCount())
            return {};
        return QCoreApplication::translate("OwnerEditorTables", column(section).header);
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (column(index.column()).set)
            f |= column(index.column()).kind == CellKind::Flag ? Qt::ItemIsUserCheckable
                                                               : Qt::ItemIsEditable;
        return f;
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const RecordColumn<Record>& c = column(index.column());
        const QVariant raw = c.get(m_records.at(index.row()));
        switch (role) {
        case Qt::DisplayRole:
            return displayText(c, raw);
        case Qt::EditRole:
            return editValue(c.kind, raw);
        case Qt::UserRole:
            return raw;
        case Qt::ToolTipRole: // long reasons and summaries are cut off in the cell
            return c.kind == CellKind::Text && !raw.toString().isEmpty() ? raw : QVariant();
        case Qt::CheckStateRole:
            return c.kind == CellKind::Flag ? QVariant(raw.toBool() ? Qt::Checked : Qt::Unchecked)
                                            : QVariant();
        case Qt::TextAlignmentRole:
            return c.kind == CellKind::Money ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
        default:
            return {};
        }
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !column(index.column()).set)
            return false;
        const RecordColumn<Record>& c = column(index.column());
        QVariant stored;
        if (role == Qt::CheckStateRole && c.kind == CellKind::Flag)
            stored = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole && c.kind != CellKind::Flag)
            stored = storedValue(c.kind, value);
        else
            return false;
        Record& record = m_records[index.row()];
        if (c.get(record) == stored)
            return true;
        c.set(record, stored);
        emit dataChanged(index, index, {role, Qt::DisplayRole});
        return true;
    }

private:
    static QString displayText(const RecordColumn<Record>& c, const QVariant& raw)
    {
        switch (c.kind) {
        case CellKind::Text:
            return raw.toString();
        case CellKind::Choice:
            for (const CellOption& option : c.options())
                if (option.value == raw)
                    return option.label;
            return raw.toString();
        case CellKind::Date:
            return raw.toDate().toString(QStringLiteral("dd/MM/yyyy"));
        case CellKind::DateTime:
            return LocalTime::toLocal(raw.toDateTime())
                .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case CellKind::Money:
            return Money::format(raw.toLongLong());
        case CellKind::Flag:
            return {};
        }
        return {};
    }

    // Date-times are edited as the clinic's wall clock, carried in a UTC-spec QDateTime so the
    // workstation's own time zone never shifts them.
    static QVariant editValue(CellKind kind, const QVariant& raw)
    {
        if (kind != CellKind::DateTime)
            return raw;
        const QDateTime local = LocalTime::toLocal(raw.toDateTime());
        return QDateTime(local.date(), local.time(), Qt::UTC);
    }

    static QVariant storedValue(CellKind kind, const QVariant& edited)
    {
        if (kind != CellKind::DateTime)
            return edited;
        const QDateTime wallClock = edited.toDateTime();
        return LocalTime::fromLocal(wallClock.date(), wallClock.time());
    }

    std::vector<RecordColumn<Record>> m_columns;
    std::function<Record()> m_makeNew;
    QList<Record> m_records;
    QList<qint64> m_removedIds;
    qint64 m_lastPlaceholderId = 0;
};

} // namespace huellas
