#include "OwnerListModel.h"

#include "core/Choices.h"
#include "core/Money.h"
#include "core/PhoneNumbers.h"

#include <QColor>
#include <QDate>
#include <QLocale>

namespace huellas {

// A column is its sort key: storage's enum lists them in the same order.
static_assert(int(OwnerListSort::Name) == OwnerListModel::Name &&
              int(OwnerListSort::Tags) == OwnerListModel::Tags &&
              int(OwnerListSort::Tags) + 1 == OwnerListModel::ColumnCount);

OwnerListModel::OwnerListModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_database(database)
{
    reload();
}

void OwnerListModel::setFilter(const OwnerFilter& filter)
{
    m_filter = filter;
    reload();
}

void OwnerListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    auto count = OwnerListQuery::count(m_database, m_filter);
    m_lastError = count ? QString() : count.error();
    m_rowCount = count ? *count : 0;
    endResetModel();
}

const OwnerListRow* OwnerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / pageSize;
    auto cached = m_pages.constFind(page);
    if (cached == m_pages.cend()) {
        auto rows = OwnerListQuery::page(m_database, m_filter, OwnerListSort(m_sortColumn), m_sortOrder,
                                         page * pageSize, pageSize);
        if (!rows)
            m_lastError = rows.error();
        if (m_pages.size() > 64) // keep memory flat while scrolling through 100,000 rows
            m_pages.clear();
        cached = m_pages.insert(page, rows ? *rows : QList<OwnerListRow>());
    }
    const int offset = row % pageSize;
    return offset < cached->size() ? &cached->at(offset) : nullptr;
}

QVariant OwnerListModel::raw(const OwnerListRow& row, int column) const
{
    switch (column) {
    case Name: return row.name;
    case Phone: return row.phone;
    case Tier: return row.tier;
    case ChurnRisk: return row.churnRisk;
    case Engagement: return row.engagementScore;
    case LifetimeValue: return row.lifetimeValue;
    case LastVisit: return row.lastVisitDate;
    case Tags: return row.tags;
    default: return {};
    }
}

qint64 OwnerListModel::ownerAt(const QModelIndex& index) const
{
    const OwnerListRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    return row ? row->id : 0;
}

int OwnerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int OwnerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OwnerListModel::data(const QModelIndex& index, int role) const
{
    const OwnerListRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    const QVariant raw = this->raw(*row, index.column());
    if (role == OwnerIdRole)
        return ownerAt(index);
    if (role == Qt::UserRole)
        return raw;
    if (role == Qt::TextAlignmentRole && (index.column() == Engagement || index.column() == LifetimeValue))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ChurnRisk) {
        const QString risk = raw.toString();
        if (risk == QLatin1String("high"))
            return QColor(0xc6, 0x28, 0x28);
        if (risk == QLatin1String("medium"))
            return QColor(0xb2, 0x6a, 0x00);
        return QColor(0x2e, 0x7d, 0x32);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Phone: return PhoneNumbers::display(raw.toString());
    case Tier: return choiceLabel(ChoiceList::Tier, raw.toString());
    case ChurnRisk: return QStringLiteral("● ") + choiceLabel(ChoiceList::ChurnRisk, raw.toString());
    case LifetimeValue: return Money::format(raw.toLongLong());
    case LastVisit: {
        const QDate date = QDate::fromString(raw.toString(), Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    }
    default: return raw;
    }
}

QVariant OwnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case Tier: return tr("Tier");
    case ChurnRisk: return tr("Churn risk");
    case Engagement: return tr("Engagement");
    case LifetimeValue: return tr("Lifetime value");
    case LastVisit: return tr("Last visit");
    case Tags: return tr("Tags");
    default: return {};
    }
}

void OwnerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    m_pages.clear();
    endResetModel();
}

} // namespace huellas
