#include "OwnerEditorLauncher.h"

#include "OwnerEditorDialog.h"
#include "gui/common/MessageBox.h"
#include "storage/OwnerProfileStore.h"

namespace huellas {

OwnerEditorLauncher::OwnerEditorLauncher(Database& database, QWidget* parentWindow)
    : QObject(parentWindow), m_database(database), m_parentWindow(parentWindow)
{
}

std::unique_ptr<OwnerEditorDialog> OwnerEditorLauncher::createDialog(qint64 ownerId)
{
    auto profile = OwnerProfileStore(m_database).load(ownerId);
    if (!profile) {
        MessageBox::critical(m_parentWindow, tr("Owner"),
                             tr("The owner could not be opened.\n\n%1").arg(profile.error()));
        return nullptr;
    }
    auto dialog = std::make_unique<OwnerEditorDialog>(m_parentWindow);
    dialog->setProfile(*profile);
    Database& database = m_database;
    dialog->setSaver([&database](const OwnerProfile& edited) {
        return OwnerProfileStore(database).save(edited);
    });
    connect(dialog.get(), &OwnerEditorDialog::saved, this, &OwnerEditorLauncher::ownerSaved);
    connect(dialog.get(), &OwnerEditorDialog::logInteractionRequested, this, [this](qint64 id) {
        emit logInteractionRequested(id);
        refreshOpenEditor();
    });
    m_open = dialog.get();
    return dialog;
}

bool OwnerEditorLauncher::editOwner(qint64 ownerId)
{
    std::unique_ptr<OwnerEditorDialog> dialog = createDialog(ownerId);
    if (!dialog)
        return false;
    dialog->exec();
    return dialog->hasSaved();
}

void OwnerEditorLauncher::refreshOpenEditor()
{
    if (!m_open || m_open->ownerId() == 0)
        return;
    if (auto stored = OwnerProfileStore(m_database).load(m_open->ownerId()); stored)
        m_open->refreshActivity(*stored);
}

OwnerEditorDialog* OwnerEditorLauncher::openEditor() const
{
    return m_open.data();
}

bool editOwner(Database& database, qint64 ownerId, QWidget* parent)
{
    return OwnerEditorLauncher(database, parent).editOwner(ownerId);
}

} // namespace huellas
