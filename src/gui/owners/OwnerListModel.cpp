#include "OwnerListModel.h"

#include "core/Choices.h"
#include "core/Money.h"
#include "core/PhoneNumbers.h"
#include "storage/Database.h"

#include <QColor>
#include <QDate>

#include <memory>
#include <optional>

namespace huellas {

// A column is its sort key: storage's enum lists them in the same order.
static_assert(int(OwnerListSort::Name) == OwnerListModel::Name &&
              int(OwnerListSort::Tags) == OwnerListModel::Tags &&
              int(OwnerListSort::Tags) + 1 == OwnerListModel::ColumnCount);

OwnerListModel::OwnerListModel(Database& database, QObject* parent)
    : PagedRowsModel(database.spec(), parent)
{
    reload();
}

void OwnerListModel::setCriteria(const OwnerListCriteria& criteria)
{
    m_criteria = criteria;
    reload();
}

void OwnerListModel::reload()
{
    // The filter is built on the worker (it probes the search index) once per reload: the
    // first page and every later page run there one after the other and share it. The count
    // builds its own, which takes the index for more frequent terms (OwnerListQuery).
    auto built = std::make_shared<std::optional<Result<OwnerFilter>>>();
    const auto filterOn = [criteria = m_criteria, built](Database& database) -> const Result<OwnerFilter>& {
        if (!*built)
            built->emplace(OwnerListQuery::filterFor(database, criteria));
        return **built;
    };
    PagedRowsModel::reload(
        [criteria = m_criteria](Database& database) -> Result<int> {
            auto filter = OwnerListQuery::filterFor(database, criteria, OwnerListQuery::countIndexLimit);
            if (!filter)
                return failure<int>(filter.error());
            return OwnerListQuery::count(database, *filter);
        },
        [filterOn, sort = OwnerListSort(m_sortColumn), order = m_sortOrder](
            Database& database, int offset, int limit) -> Result<QList<OwnerListRow>> {
            const Result<OwnerFilter>& filter = filterOn(database);
            if (!filter)
                return failure<QList<OwnerListRow>>(filter.error());
            return OwnerListQuery::page(database, *filter, sort, order, offset, limit);
        });
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

int OwnerListModel::rowOf(qint64 ownerId) const
{
    return loadedRowWhere([ownerId](const OwnerListRow& row) { return row.id == ownerId; });
}

int OwnerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OwnerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OwnerListRow* row = rowAt(index.row());
    if (!row)
        return placeholder(index, role);
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
    reload();
}

} // namespace huellas
