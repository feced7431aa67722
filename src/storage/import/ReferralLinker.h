#pragma once

#include "ExternalIdIndex.h"
#include "ImportProblems.h"

#include <QDateTime>
#include <QSqlQuery>

namespace huellas {

class Database;

// owners.csv's referred_by, set once every owner of every file exists, so a referrer may come
// after the owners it referred. The links wait in a temporary table of the import's
// transaction, not in memory (one per owner row). The database trigger
// owners_no_referral_cycle has the last word on cycles; its refusal becomes a row error.
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

    Status add(const Link& link);
    // Problems are added to `errors` as FILE:LINE: referred_by: reason (value).
    Status linkAll(ExternalIdIndex& owners, ImportProblems& errors);

private:
    enum class Pass
    {
        Clear, // every owner whose referrer changes loses it; unknown referrers are reported
        Set
    };

    Status prepare();
    static constexpr int linkBatch = 1000;
    Result<QList<Link>> linksAfter(qint64 seq, qint64& lastSeq);
    Status walk(Pass pass, ExternalIdIndex& owners, ImportProblems& errors);
    Status walkOne(Pass pass, const Link& link, ExternalIdIndex& owners, ImportProblems& errors);
    Status clear(const Link& link, const QVariant& referrerId);
    Status set(const Link& link, qint64 referrerId, ImportProblems& errors);
    Status dropTable();

    Database& m_database;
    QString m_now;
    QSqlQuery m_add;
    qint64 m_added = 0; // the links recorded, numbering them in reading order
    QSqlQuery m_clear;
    QSqlQuery m_set;
    bool m_prepared = false;
    bool m_any = false;
};

} // namespace huellas
