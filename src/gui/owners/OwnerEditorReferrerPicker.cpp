#include "OwnerEditorReferrerPicker.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace huellas {

OwnerEditorReferrerPicker::OwnerEditorReferrerPicker(QLineEdit* edit)
    : QObject(edit), m_edit(edit), m_completions(new QStringListModel(this))
{
    auto* completer = new QCompleter(m_completions, m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_edit->setCompleter(completer);
    m_edit->setClearButtonEnabled(true);
}

QString OwnerEditorReferrerPicker::entryFor(const OwnerProfile::OwnerName& owner)
{
    return QStringLiteral("%1 (%2)").arg(owner.name, owner.externalId);
}

void OwnerEditorReferrerPicker::setOwners(const QList<OwnerProfile::OwnerName>& owners,
                                          qint64 selfId)
{
    m_selfId = selfId;
    m_idByEntry.clear();
    m_idsByFoldedName.clear();
    m_nameById.clear();
    m_entryById.clear();
    QStringList entries;
    entries.reserve(owners.size());
    for (const OwnerProfile::OwnerName& owner : owners) {
        const QString entry = entryFor(owner);
        m_idByEntry.insert(entry, owner.id);
        m_idsByFoldedName[owner.name.toCaseFolded()] << owner.id;
        m_nameById.insert(owner.id, owner.name);
        m_entryById.insert(owner.id, entry);
        // Nobody refers themself, so the search does not offer it; typing it is still refused.
        if (owner.id != selfId)
            entries << entry;
    }
    m_completions->setStringList(entries);
}

void OwnerEditorReferrerPicker::showReferrer(qint64 ownerId)
{
    m_edit->setText(m_entryById.value(ownerId));
}

Result<qint64> OwnerEditorReferrerPicker::referrerId() const
{
    const QString typed = m_edit->text().trimmed();
    if (typed.isEmpty())
        return qint64(0);
    qint64 id = m_idByEntry.value(typed, 0);
    if (id == 0) {
        const QList<qint64> sameName = m_idsByFoldedName.value(typed.toCaseFolded());
        if (sameName.size() > 1)
            return failure<qint64>(
                tr("Referred by: several owners are called \"%1\"; choose one from "
                   "the list.")
                    .arg(typed));
        id = sameName.value(0, 0);
    }
    if (id == 0)
        return failure<qint64>(tr("Referred by: there is no owner \"%1\".").arg(typed));
    if (id == m_selfId && m_selfId > 0)
        return failure<qint64>(tr("Referred by: an owner cannot be their own referrer."));
    return id;
}

QString OwnerEditorReferrerPicker::nameOf(qint64 ownerId) const
{
    return m_nameById.value(ownerId);
}

QStringList OwnerEditorReferrerPicker::completions() const
{
    return m_completions->stringList();
}

} // namespace huellas
