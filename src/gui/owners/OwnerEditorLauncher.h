#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace huellas {

class Database;
class OwnerEditorDialog;

// Opens the owner profile editor on the database: loads the profile through
// OwnerProfileStore, saves through it, and refreshes the dialog's history and metrics after
// an interaction was logged from it.
class OwnerEditorLauncher final : public QObject
{
    Q_OBJECT

public:
    OwnerEditorLauncher(Database& database, QWidget* parentWindow);

    // A dialog for the owner (0 = a new one) wired to the database, not shown yet; null after
    // telling the user when the owner cannot be read.
    std::unique_ptr<OwnerEditorDialog> createDialog(qint64 ownerId);
    // Modal; true when something was saved (the owners list should reload).
    bool editOwner(qint64 ownerId);
    // Re-reads the open editor's history and metrics (called by itself after
    // logInteractionRequested returns, for a handler that logs the interaction modally).
    void refreshOpenEditor();
    // The editor on screen, e.g. as the parent of the interaction dialog; null when none.
    OwnerEditorDialog* openEditor() const;

signals:
    // Forwarded from the open editor's "Log interaction" (Ctrl+I).
    void logInteractionRequested(qint64 ownerId);
    void ownerSaved(qint64 ownerId);

private:
    Database& m_database;
    QWidget* m_parentWindow;
    QPointer<OwnerEditorDialog> m_open;
};

// The short form without the interaction hand-off: modal, true when something was saved.
bool editOwner(Database& database, qint64 ownerId, QWidget* parent);

} // namespace huellas
