#pragma once

#include "OwnerEditorContactLinks.h"
#include "core/Result.h"
#include "storage/OwnerProfile.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class OwnerEditorDialog;
}

namespace huellas {

class OwnerEditorReferrerPicker;
class OwnerEditorTables;
struct OwnerEditorProblem;

// The reception desk's owner profile: every field of the owner in tabs, their pets,
// appointments, purchases and invoices as editable tables, the interaction history and the
// derived metrics. Nothing is stored while the form is invalid, and unsaved changes are never
// dropped without asking. The dialog reads and writes no database: it shows what it is given
// and hands the edited profile to its saver.
class OwnerEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // Stores an edited profile and returns it as stored (new ids, recomputed metrics).
    using Saver = std::function<Result<OwnerProfile>(const OwnerProfile&)>;

    explicit OwnerEditorDialog(QWidget* parent = nullptr);
    ~OwnerEditorDialog() override;

    void setSaver(Saver saver);
    // Shows a stored profile (owner id 0: a new owner); "Undo changes" comes back to it.
    void setProfile(const OwnerProfile& profile);
    // The history and metrics as stored now, after an interaction was logged elsewhere;
    // whatever is being typed stays.
    void refreshActivity(const OwnerProfile& stored);

    qint64 ownerId() const;
    bool isModified() const;
    bool hasSaved() const { return m_hasSaved; }
    OwnerEditorContactLinks contactLinks() const { return m_links; }
    OwnerEditorTables* tables() const { return m_tables; }

    // Checks the form and stores it; false, with the reasons shown, when nothing was stored.
    bool save();
    // Back to the stored values, after asking when something was edited.
    void revertChanges();

public slots:
    void reject() override; // Escape and the window's close button come here too

signals:
    void logInteractionRequested(qint64 ownerId);
    void saved(qint64 ownerId);

private:
    void setUpActions();
    void setUpLooks();
    QVariantList currentSnapshot() const;
    void updateModifiedState();
    void updateContactButtons();
    void updateSummary();
    OwnerProfile editedProfile(QList<OwnerEditorProblem>& problems) const;
    void showProblems(const QList<OwnerEditorProblem>& problems);
    void clearProblemMarks();

    std::unique_ptr<Ui::OwnerEditorDialog> m_ui;
    OwnerEditorReferrerPicker* m_referrer;
    OwnerEditorTables* m_tables;
    QList<QWidget*> m_inputs;
    QList<QWidget*> m_markedFields;
    OwnerProfile m_stored;
    QVariantList m_storedSnapshot;
    OwnerEditorContactLinks m_links;
    Saver m_saver;
    bool m_hasSaved = false;
};

} // namespace huellas
