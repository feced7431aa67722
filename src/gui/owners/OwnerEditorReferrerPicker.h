#pragma once

#include "core/Result.h"
#include "storage/OwnerProfile.h"

#include <QHash>
#include <QObject>

class QLineEdit;
class QStringListModel;

namespace huellas {

// The "Referred by" line edit: a search over every owner's name (with the external id, since
// names repeat) that leaves out the owner being edited, and the typed text resolved back to an
// owner id when saving.
class OwnerEditorReferrerPicker final : public QObject
{
    Q_OBJECT

public:
    explicit OwnerEditorReferrerPicker(QLineEdit* edit);

    void setOwners(const QList<OwnerProfile::OwnerName>& owners, qint64 selfId);
    void showReferrer(qint64 ownerId);
    // 0 for an empty field; an error naming the text when it is the owner themself, nobody,
    // or a name several owners share.
    Result<qint64> referrerId() const;
    QString nameOf(qint64 ownerId) const;
    QStringList completions() const; // what the search offers

private:
    static QString entryFor(const OwnerProfile::OwnerName& owner);

    QLineEdit* m_edit;
    QStringListModel* m_completions;
    QHash<QString, qint64> m_idByEntry;
    QHash<QString, QList<qint64>> m_idsByFoldedName;
    QHash<qint64, QString> m_nameById;
    QHash<qint64, QString> m_entryById;
    qint64 m_selfId = 0;
};

} // namespace huellas
