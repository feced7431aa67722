#include "OwnerListModel.h"

#include "core/Choices.h"
#include "core/Money.h"
#include "core/PhoneNumbers.h"

#include <QColor>
#include <QDate>
#include <QLocale>
#include "storage/Sql.h"

namespace huellas {
namespace {

// Query columns, in order: the visible ones, then the raw values behind them.
enum QueryColumn { QName, QPhone, QTier, QChurn, QEngagement, QLtv, QLastVisit, QTags, QId };

// ORDER BY per visible column: an allow-list in code, never text from the view.
const char* sortExpression(int column)
{
    switch (column) {
    case OwnerListModel::Phone: return "o.phone";
    case OwnerListModel::Tier: return "o.tier";
    case OwnerListModel::ChurnRisk: return "CASE o.churn_risk WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END";
    case OwnerListModel::Engagement: return "o.engagement_score";
    case OwnerListModel::LifetimeValue: return "o.lifetime_value";
    case OwnerListModel::LastVisit: return "o.last_visit_date";
    case OwnerListModel::Tags: return "tags";
    default: return "o.last_name COLLATE NOCASE, o.first_name COLLATE NOCASE";
    }
}

} // namespace

OwnerListModel::OwnerListModel(const QSqlDatabase& database, QObject* parent)
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
    auto count = Sql::scalar(m_database, QStringLiteral("SELECT count(*) FROM owners o") + m_filter.whereClause(),
                             m_filter.params);
    m_lastError = count ? QString() : count.error();
    m_rowCount = count ? count->toInt() : 0;
    endResetModel();
}

const OwnerListModel::Row* OwnerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / pageSize;
    auto cached = m_pages.constFind(page);
    if (cached == m_pages.cend()) {
        const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        QString order = QString::fromLatin1(sortExpression(m_sortColumn));
        order.replace(QLatin1String(", "), QLatin1Char(' ') + direction + QLatin1String(", "));
        const QString sql = QStringLiteral(
            "SELECT trim(o.first_name || ' ' || o.last_name) AS name, o.phone, o.tier, o.churn_risk, "
            "o.engagement_score, o.lifetime_value, o.last_visit_date, "
            "(SELECT group_concat(tag, ' ') FROM (SELECT tag FROM owner_tags t WHERE t.owner_id = o.id "
            "ORDER BY tag)) AS tags, o.id "
            "FROM owners o%1 ORDER BY %2 %3, o.id %3 LIMIT :limit OFFSET :offset")
                                .arg(m_filter.whereClause(), order, direction);
        QVariantMap params = m_filter.params;
        params.insert(QStringLiteral(":limit"), pageSize);
        params.insert(QStringLiteral(":offset"), page * pageSize);
        auto query = Sql::exec(m_database, sql, params);
        QList<Row> rows;
        if (query) {
            while (query->next()) {
                Row values;
                for (int c = 0; c <= QId; ++c)
                    values << query->value(c);
                rows << values;
            }
        } else {
            m_lastError = query.error();
        }
        if (m_pages.size() > 64) // keep memory flat while scrolling through 100,000 rows
            m_pages.clear();
        cached = m_pages.insert(page, rows);
    }
    const int offset = row % pageSize;
    return offset < cached->size() ? &cached->at(offset) : nullptr;
}

qint64 OwnerListModel::ownerAt(const QModelIndex& index) const
{
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    return row ? row->at(QId).toLongLong() : 0;
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
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    const QVariant raw = row->at(index.column());
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
