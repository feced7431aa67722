#pragma once

#include "ExternalIdIndex.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

namespace huellas {

class Database;

// owners.csv's referred_by, set once every owner of every file exists, so a referrer may come
// after the owners it referred. The database trigger owners_no_referral_cycle has the last
// word on cycles; its refusal becomes a row error.
class ReferralLinker final
{
    Q_DISABLE_COPY_MOVE(ReferralLinker)

public:
    struct Link
    {
        QString fileName;
        int line = 0;
        qint64 ownerId = 0;
        bool ownerIsNew = false;
        QString referrer; // an external_id; empty for none
    };

    ReferralLinker(Database& database, const QDateTime& now);

    void add(Link link) { m_links.append(std::move(link)); }
    // Problems are appended to `errors` as FILE:LINE: referred_by: reason (value).
    Status linkAll(const ExternalIdIndex& owners, QStringList& errors);

private:
    struct Change
    {
        const Link* link;
        QVariant referrerId; // NULL for none
    };

    QList<Change> changesTo(const ExternalIdIndex& owners, QStringList& errors) const;
    Status prepare();

    Database& m_database;
    QString m_now;
    QList<Link> m_links;
    QSqlQuery m_clear;
    QSqlQuery m_set;
};

} // namespace huellas
