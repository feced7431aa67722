#pragma once

#include <QtGlobal>

class QWidget;

namespace huellas {

class Database;

// Opens "Registrar interacción", feeds it from the database and saves through
// ActivityRepository (the owner's metrics update in the same transaction). Errors are shown
// over the dialog, which stays open with everything typed. True when something was saved.
namespace InteractionLauncher {

// ownerId 0: the desk chooses the owner in the dialog by name or phone.
bool logInteraction(Database& database, qint64 ownerId, QWidget* parent);
bool editInteraction(Database& database, qint64 interactionId, QWidget* parent);

} // namespace InteractionLauncher
} // namespace huellas
