#include "ReferralLinker.h"

#include "ImportRow.h"
#include "ImportText.h"
#include "core/LocalTime.h"
#include "storage/Database.h"

#include <QSqlError>

namespace huellas {
namespace {

const QString column = QStringLiteral("referred_by");

QVariant noOwner()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ReferralLinker::ReferralLinker(Database& database, const QDateTime& now)
    : m_database(database), m_now(LocalTime::toStorage(now)), m_clear(database.connection()),
      m_set(database.connection())
{
}

Status ReferralLinker::prepare()
{
    // Both leave a row that already has the wanted referrer alone.
    const bool prepared =
        m_clear.prepare(QStringLiteral("UPDATE owners SET referred_by = NULL, updated_at = ? "
                                       "WHERE id = ? AND referred_by IS NOT ?")) &&
        m_set.prepare(QStringLiteral("UPDATE owners SET referred_by = ?, updated_at = ? "
                                     "WHERE id = ? AND referred_by IS NOT ?"));
    return prepared ? Status() : failed(m_clear.lastError().text() + m_set.lastError().text());
}

QList<ReferralLinker::Change> ReferralLinker::changesTo(const ExternalIdIndex& owners,
                                                        QStringList& errors) const
{
    QList<Change> changes;
    for (const Link& link : m_links) {
        if (link.referrer.isEmpty()) {
            if (!link.ownerIsNew) // a new owner has no referrer to take away
                changes.append(Change{&link, noOwner()});
            continue;
        }
        const ExternalIdIndex::Entry* referrer = owners.find(link.referrer);
        if (!referrer)
            errors << ImportRow::message(
                link.fileName, link.line, column,
                ImportText::tr("not found in the imported files nor in the database"),
                link.referrer);
        else if (referrer->id > 0) // 0: that owner's row has errors of its own
            changes.append(Change{&link, referrer->id});
    }
    return changes;
}

// First every owner whose referrer changes loses it, then the new referrers are set: the
// trigger then only ever sees links of the final state, so it cannot report a cycle that the
// file itself undoes (A→B stored, the file says B→A and A→nobody).
Status ReferralLinker::linkAll(const ExternalIdIndex& owners, QStringList& errors)
{
    const QList<Change> changes = changesTo(owners, errors);
    if (changes.isEmpty())
        return {};
    if (auto r = prepare(); !r)
        return r;
    for (const Change& change : changes) {
        if (change.link->ownerIsNew)
            continue;
        m_clear.bindValue(0, m_now);
        m_clear.bindValue(1, change.link->ownerId);
        m_clear.bindValue(2, change.referrerId);
        const bool done = m_clear.exec();
        m_clear.finish();
        if (!done)
            return failed(m_clear.lastError().text());
    }
    for (const Change& change : changes) {
        if (change.referrerId.isNull())
            continue;
        m_set.bindValue(0, change.referrerId);
        m_set.bindValue(1, m_now);
        m_set.bindValue(2, change.link->ownerId);
        m_set.bindValue(3, change.referrerId);
        const bool done = m_set.exec();
        const QSqlError error = m_set.lastError();
        m_set.finish();
        if (done)
            continue;
        if (!error.databaseText().contains(QLatin1String("referral cycle")))
            return failed(error.text());
        errors << ImportRow::message(change.link->fileName, change.link->line, column,
                                     ImportText::tr("this referral would close a cycle"),
                                     change.link->referrer);
    }
    m_links.clear();
    return {};
}

} // namespace huellas
