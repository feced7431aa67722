#pragma once

#include "InteractionChoiceItems.h"
#include "core/Records.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QCompleter;
class QStandardItemModel;

namespace Ui {
class InteractionDialog;
}

namespace huellas {

// "Registrar interacción": every field of an interaction, for a new one or an edit. It never
// touches the database: its lists are given to it, it asks for owner suggestions and links
// through signals, and it asks to be saved through saveRequested(), staying open until the
// receiver accept()s — so a failed save loses nothing. Closing with changes asks first.
class InteractionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionDialog)

public:
    explicit InteractionDialog(const QList<ChoiceItem>& staff, QWidget* parent = nullptr);
    ~InteractionDialog() override;

    // The owner chosen up front (from the owner's window, or the one being edited).
    void setOwner(const ChoiceItem& owner, const OwnerLinkChoices& links);
    // Answers ownerSearchChanged(): the owners matching what was typed.
    void setOwnerSuggestions(const QList<ChoiceItem>& owners);
    // Answers ownerChosen(): what the chosen owner's interaction may link to.
    void setOwnerLinks(const OwnerLinkChoices& links);
    // Call after setOwner(): links are selected among the owner's.
    void setInteraction(const Interaction& interaction);
    Interaction interaction() const;
    qint64 ownerId() const { return m_ownerId; }
    bool hasChanges() const;

    void reject() override; // asks before throwing typed text away

signals:
    void ownerSearchChanged(const QString& text);
    void ownerChosen(qint64 ownerId);
    // The form is complete; the receiver saves interaction() and accept()s on success.
    void saveRequested();

private:
    void fillFixedChoices(const QList<ChoiceItem>& staff);
    void setUpOwnerCompleter();
    void setUpActions();
    void ownerTextEdited(const QString& text);
    void chooseOwner(qint64 id, const QString& label);
    void typeChosen();
    void followUpToggled(bool required);
    void requestSave();
    void showProblem(const QString& text);
    void markClean();
    QStringList formState() const;

    std::unique_ptr<Ui::InteractionDialog> m_ui;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
    Interaction m_base; // what the form does not show: id, external id, created_at
    qint64 m_ownerId = 0;
    QString m_ownerLabel;
    QStringList m_cleanState;
};

} // namespace huellas
