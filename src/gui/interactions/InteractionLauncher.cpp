#include "InteractionLauncher.h"

#include "InteractionChoiceItems.h"
#include "InteractionDialog.h"
#include "gui/common/MessageBox.h"
#include "storage/ActivityRepository.h"
#include "storage/InteractionLinkQueries.h"
#include "storage/InteractionQueries.h"
#include "storage/OwnerRepository.h"

#include <QCoreApplication>

namespace huellas::InteractionLauncher {
namespace {


void showError(QWidget* parent, const QString& what, const QString& detail)
{
    MessageBox::critical(parent, QCoreApplication::translate("InteractionLauncher", "Interactions"), what + QStringLiteral("\n\n") + detail);
}

OwnerLinkChoices linksOf(Database& database, qint64 ownerId, QWidget* parent)
{
    auto activity = InteractionLinkQueries::linkableActivityOf(database, ownerId);
    if (!activity) {
        showError(parent, QCoreApplication::translate("InteractionLauncher", "The owner's pets, appointments and orders could not be read."),
                  activity.error());
        return {};
    }
    return InteractionChoiceItems::links(*activity);
}

// Shows the dialog until it is saved or abandoned; the dialog itself never reads or writes.
bool run(Database& database, InteractionDialog& dialog)
{
    QObject::connect(&dialog, &InteractionDialog::ownerSearchChanged, &dialog,
                     [&](const QString& text) {
                         auto owners = InteractionLinkQueries::ownersMatching(database, text);
                         dialog.setOwnerSuggestions(owners ? InteractionChoiceItems::owners(*owners)
                                                           : QList<ChoiceItem>());
                     });
    QObject::connect(&dialog, &InteractionDialog::ownerChosen, &dialog, [&](qint64 ownerId) {
        dialog.setOwnerLinks(linksOf(database, ownerId, &dialog));
    });
    QObject::connect(&dialog, &InteractionDialog::saveRequested, &dialog, [&] {
        Interaction interaction = dialog.interaction();
        if (auto saved = ActivityRepository(database).save(interaction); !saved) {
            showError(&dialog,
                      QCoreApplication::translate("InteractionLauncher", "The interaction was not saved. Nothing you typed is lost; "
                         "correct it and save again."),
                      saved.error());
            return;
        }
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

QList<ChoiceItem> staffItems(Database& database, qint64 alsoKeep, QWidget* parent)
{
    auto staff = InteractionQueries::staff(database);
    if (!staff)
        showError(parent, QCoreApplication::translate("InteractionLauncher", "The staff list could not be read."), staff.error());
    return staff ? InteractionChoiceItems::staff(*staff, alsoKeep) : QList<ChoiceItem>();
}

bool presetOwner(Database& database, InteractionDialog& dialog, qint64 ownerId, QWidget* parent)
{
    auto owner = OwnerRepository(database).find(ownerId);
    if (!owner) {
        showError(parent, QCoreApplication::translate("InteractionLauncher", "The owner could not be read."), owner.error());
        return false;
    }
    dialog.setOwner(InteractionChoiceItems::owner(*owner), linksOf(database, ownerId, parent));
    return true;
}

} // namespace

bool logInteraction(Database& database, qint64 ownerId, QWidget* parent)
{
    InteractionDialog dialog(staffItems(database, 0, parent), parent);
    dialog.setObjectName(QStringLiteral("interactionDialog"));
    if (ownerId > 0 && !presetOwner(database, dialog, ownerId, parent))
        return false;
    Interaction fresh;
    fresh.ownerId = ownerId;
    dialog.setInteraction(fresh);
    return run(database, dialog);
}

bool editInteraction(Database& database, qint64 interactionId, QWidget* parent)
{
    auto interaction = ActivityRepository(database).interaction(interactionId);
    if (!interaction) {
        showError(parent, QCoreApplication::translate("InteractionLauncher", "The interaction could not be read."), interaction.error());
        return false;
    }
    InteractionDialog dialog(staffItems(database, interaction->handledBy, parent), parent);
    dialog.setObjectName(QStringLiteral("interactionDialog"));
    if (!presetOwner(database, dialog, interaction->ownerId, parent))
        return false;
    dialog.setInteraction(*interaction);
    return run(database, dialog);
}

} // namespace huellas::InteractionLauncher
