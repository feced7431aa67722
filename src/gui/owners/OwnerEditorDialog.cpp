#include "OwnerEditorDialog.h"

#include "OwnerEditorFields.h"
#include "OwnerEditorReferrerPicker.h"
#include "OwnerEditorSummary.h"
#include "OwnerEditorTables.h"
#include "OwnerEditorValidation.h"
#include "core/LocalTime.h"
#include "core/PhoneNumbers.h"
#include "core/Validation.h"
#include "gui/common/MessageBox.h"
#include "ui_OwnerEditorDialog.h"

#include <QDesktopServices>

namespace huellas {

OwnerEditorDialog::OwnerEditorDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OwnerEditorDialog>())
{
    m_ui->setupUi(this);
    m_referrer = new OwnerEditorReferrerPicker(m_ui->referrerEdit);
    m_tables = new OwnerEditorTables(*m_ui, this);
    m_inputs = OwnerEditorFields::inputs(*m_ui);
    OwnerEditorFields::fillChoices(*m_ui);
    setUpActions();
    setUpLooks();

    const auto edited = [this] {
        updateModifiedState();
        updateContactButtons();
    };
    OwnerEditorFields::onEdit(m_inputs, this, edited);
    connect(m_ui->referrerEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->tagEditor, &TagChipEditor::tagsChanged, this, edited);
    connect(m_tables, &OwnerEditorTables::edited, this, edited);
    // Whatever way a phone was typed, it reads back the way the desk says it aloud.
    for (QLineEdit* phone : {m_ui->phoneEdit, m_ui->phoneSecondaryEdit, m_ui->whatsappEdit})
        connect(phone, &QLineEdit::editingFinished, this, [phone] {
            if (auto number = PhoneNumbers::normalize(phone->text()); number && !number->isEmpty())
                phone->setText(PhoneNumbers::display(*number));
        });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &OwnerEditorDialog::reject);

    setProfile(OwnerProfile{});
    m_ui->tabs->setCurrentIndex(0);
    m_ui->firstNameEdit->setFocus();
}

OwnerEditorDialog::~OwnerEditorDialog()
{
    // The widgets outlive m_ui by a moment and signal as they go (focus moving, an open cell
    // editor committing); none of that may reach handlers that read the form.
    for (QObject* descendant : findChildren<QObject*>())
        descendant->blockSignals(true);
}

void OwnerEditorDialog::setUpActions()
{
    const std::pair<QToolButton*, QAction*> buttons[] = {
        {m_ui->whatsappButton, m_ui->actionWhatsApp},
        {m_ui->callButton, m_ui->actionCall},
        {m_ui->emailButton, m_ui->actionEmail},
        {m_ui->logInteractionButton, m_ui->actionLogInteraction},
        {m_ui->revertButton, m_ui->actionRevertChanges},
        {m_ui->saveButton, m_ui->actionSave},
    };
    for (const auto& [button, action] : buttons) {
        addAction(action); // shortcuts work from any tab
        // Keyboard first: the tooltip teaches the shortcut.
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
        button->setDefaultAction(action);
    }
    connect(m_ui->actionWhatsApp, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(m_links.whatsapp); });
    connect(m_ui->actionCall, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(m_links.call); });
    connect(m_ui->actionEmail, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(m_links.email); });
    connect(m_ui->actionLogInteraction, &QAction::triggered, this,
            [this] { emit logInteractionRequested(ownerId()); });
    connect(m_ui->actionRevertChanges, &QAction::triggered, this,
            &OwnerEditorDialog::revertChanges);
    connect(m_ui->actionSave, &QAction::triggered, this, &OwnerEditorDialog::save);
}

void OwnerEditorDialog::setUpLooks()
{
    QFont headerFont = m_ui->headerLabel->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    m_ui->headerLabel->setFont(headerFont);
    // Internal notes must never be read out to the client by mistake: they look different.
    m_ui->internalNotesFrame->setStyleSheet(
        QStringLiteral("#internalNotesFrame { background: #fff3cd; border: 1px solid #e0a800; "
                       "border-radius: 4px; }"
                       "#internalNotesLabel { color: #7a5200; font-weight: bold; }"));
    m_ui->locationNotesEdit->setMaximumHeight(m_ui->locationNotesEdit->fontMetrics().lineSpacing() *
                                              5);
}

void OwnerEditorDialog::setSaver(Saver saver)
{
    m_saver = std::move(saver);
}

void OwnerEditorDialog::setProfile(const OwnerProfile& profile)
{
    m_stored = profile;
    OwnerEditorFields::show(*m_ui, profile.owner);
    m_referrer->setOwners(profile.lookups.owners, profile.owner.id);
    m_referrer->showReferrer(profile.owner.referredBy);
    m_ui->tagEditor->setSuggestions(profile.lookups.usedTags);
    m_ui->tagEditor->setTags(profile.owner.tags);
    m_tables->show(profile);
    clearProblemMarks();
    m_ui->actionLogInteraction->setEnabled(profile.owner.id > 0);
    updateSummary();
    m_storedSnapshot = currentSnapshot();
    updateModifiedState();
    updateContactButtons();
}

void OwnerEditorDialog::refreshActivity(const OwnerProfile& stored)
{
    m_stored.interactions = stored.interactions;
    m_stored.owner.metrics = stored.owner.metrics;
    m_tables->showHistory(stored.interactions);
    updateSummary();
}

qint64 OwnerEditorDialog::ownerId() const
{
    return m_stored.owner.id;
}

QVariantList OwnerEditorDialog::currentSnapshot() const
{
    return {OwnerEditorFields::snapshot(m_inputs), m_ui->referrerEdit->text().trimmed(),
            m_ui->tagEditor->tags(), m_tables->snapshot()};
}

bool OwnerEditorDialog::isModified() const
{
    return currentSnapshot() != m_storedSnapshot;
}

void OwnerEditorDialog::updateModifiedState()
{
    setWindowModified(isModified());
    m_ui->actionRevertChanges->setEnabled(isWindowModified());
}

void OwnerEditorDialog::updateContactButtons()
{
    m_links = OwnerEditorContactLinks::forContact(
        m_ui->phoneEdit->text(), m_ui->whatsappEdit->text(), m_ui->emailEdit->text(),
        m_ui->whatsappOptInCheck->isChecked(), m_ui->emailOptInCheck->isChecked());
    m_ui->actionWhatsApp->setEnabled(!m_links.whatsapp.isEmpty());
    m_ui->actionCall->setEnabled(!m_links.call.isEmpty());
    m_ui->actionEmail->setEnabled(!m_links.email.isEmpty());
}

void OwnerEditorDialog::updateSummary()
{
    const Owner& owner = m_stored.owner;
    const QString header = OwnerEditorSummary::header(owner);
    m_ui->headerLabel->setText(header);
    setWindowTitle(header + QStringLiteral("[*]"));
    const bool stored = owner.id > 0;
    m_ui->engagementLabel->setText(
        stored ? OwnerEditorSummary::engagement(owner, int(m_stored.interactions.size()))
               : tr("Engagement, lifetime value and visits appear once the owner is saved."));
    m_ui->spendingLabel->setText(OwnerEditorSummary::spending(owner));
    m_ui->referralsLabel->setText(
        OwnerEditorSummary::referrals(owner, m_referrer->nameOf(owner.referredBy)));
    m_ui->spendingLabel->setVisible(stored);
    m_ui->referralsLabel->setVisible(stored);
}

OwnerProfile OwnerEditorDialog::editedProfile(QList<OwnerEditorProblem>& problems) const
{
    const QDate today = LocalTime::today();
    OwnerProfile edited = m_stored;
    OwnerEditorFormCheck form = OwnerEditorFormCheck::of(*m_ui, m_stored.owner, today);
    problems = form.problems;
    edited.owner = form.owner;
    if (auto referrer = m_referrer->referrerId(); referrer)
        edited.owner.referredBy = *referrer;
    else
        problems.append({m_ui->referrerEdit, referrer.error()});
    edited.owner.tags = m_ui->tagEditor->tags();
    m_tables->writeInto(edited);
    // The domain's own rules as a safety net for anything the form does not check itself.
    if (problems.isEmpty())
        for (const QString& problem : Validation::problemsWith(edited.owner, today))
            problems.append({nullptr, problem});
    return edited;
}

bool OwnerEditorDialog::save()
{
    m_tables->commitOpenEditors();
    clearProblemMarks();
    QList<OwnerEditorProblem> problems;
    const OwnerProfile edited = editedProfile(problems);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    if (ownerId() > 0 && !isModified())
        return true;
    Q_ASSERT(m_saver);
    auto stored = m_saver(edited);
    if (!stored) {
        MessageBox::critical(this, tr("Not saved"),
                             tr("Nothing was saved; the form still holds what you typed.\n\n%1")
                                 .arg(stored.error()));
        return false;
    }
    const int tab = m_ui->tabs->currentIndex();
    setProfile(*stored);
    m_ui->tabs->setCurrentIndex(tab);
    m_hasSaved = true;
    emit saved(ownerId());
    return true;
}

void OwnerEditorDialog::showProblems(const QList<OwnerEditorProblem>& problems)
{
    QStringList lines;
    QWidget* first = nullptr;
    for (const OwnerEditorProblem& problem : problems) {
        lines << QStringLiteral("• ") + problem.message;
        if (!problem.field)
            continue;
        first = first ? first : problem.field;
        problem.field->setStyleSheet(
            QStringLiteral("border: 2px solid #c62828; background: #fdecea;"));
        problem.field->setToolTip(problem.message);
        m_markedFields << problem.field;
    }
    if (first) {
        for (int tab = 0; tab < m_ui->tabs->count(); ++tab)
            if (m_ui->tabs->widget(tab)->isAncestorOf(first))
                m_ui->tabs->setCurrentIndex(tab);
        first->setFocus();
    }
    MessageBox::warning(
        this, tr("Not saved"),
        tr("Nothing was saved. Please correct:\n\n%1").arg(lines.join(QLatin1Char('\n'))));
}

void OwnerEditorDialog::clearProblemMarks()
{
    for (QWidget* field : std::as_const(m_markedFields)) {
        field->setStyleSheet({});
        field->setToolTip({});
    }
    m_markedFields.clear();
}

void OwnerEditorDialog::revertChanges()
{
    if (!isModified())
        return;
    if (MessageBox::question(this, tr("Undo changes"),
                             tr("Drop every unsaved change and show the stored values again?")) !=
        QMessageBox::Yes)
        return;
    const int tab = m_ui->tabs->currentIndex();
    setProfile(m_stored);
    m_ui->tabs->setCurrentIndex(tab);
}

void OwnerEditorDialog::reject()
{
    m_tables->commitOpenEditors();
    if (isModified()) {
        const QString name =
            m_stored.owner.id > 0 ? m_stored.owner.displayName() : tr("The new owner");
        const auto answer = MessageBox::askToSaveChanges(
            this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Save them before closing?").arg(name));
        if (answer == QMessageBox::Save) {
            if (!save())
                return;
        } else if (answer != QMessageBox::Discard) {
            return;
        }
    }
    done(m_hasSaved ? Accepted : Rejected);
}

} // namespace huellas
