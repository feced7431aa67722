#include "InteractionDialog.h"

#include "core/Choices.h"
#include "core/LocalTime.h"
#include "gui/common/MessageBox.h"
#include "ui_InteractionDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QCoreApplication>
#include <QStandardItemModel>

namespace huellas {
namespace {

constexpr int IdRole = Qt::UserRole;

void fillCombo(QComboBox* combo, const QList<ChoiceItem>& items)
{
    combo->clear();
    combo->addItem(QStringLiteral("—"), qint64(0));
    for (const ChoiceItem& item : items)
        combo->addItem(item.label, item.id);
}

void fillChoices(QComboBox* combo, ChoiceList list, bool withNone)
{
    if (withNone)
        combo->addItem(QStringLiteral("—"), QString());
    for (const Choice& c : choices(list))
        combo->addItem(choiceLabel(list, QString::fromLatin1(c.key)), QString::fromLatin1(c.key));
}

// A link the list no longer offers (an old appointment beyond the recent ones) stays
// selectable under its number, so editing never drops it.
void selectId(QComboBox* combo, qint64 id)
{
    int index = combo->findData(id);
    if (index < 0) {
        combo->addItem(QCoreApplication::translate("InteractionDialog", "#%1").arg(id), id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void selectKey(QComboBox* combo, const QString& key)
{
    combo->setCurrentIndex(qMax(0, combo->findData(key)));
}

qint64 idOf(const QComboBox* combo)
{
    return combo->currentData().toLongLong();
}

} // namespace

InteractionDialog::InteractionDialog(const QList<ChoiceItem>& staff, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InteractionDialog>()),
      m_suggestions(new QStandardItemModel(this)), m_completer(new QCompleter(m_suggestions, this))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->followUpDateEdit->setDate(LocalTime::today().addDays(1));
    fillFixedChoices(staff);
    setOwnerLinks({});
    setUpOwnerCompleter();
    setUpActions();
    connect(m_ui->typeCombo, &QComboBox::activated, this, &InteractionDialog::typeChosen);
    connect(m_ui->followUpCheck, &QCheckBox::toggled, this, &InteractionDialog::followUpToggled);
    connect(m_ui->followUpNoDateCheck, &QCheckBox::toggled, this,
            [this] { followUpToggled(m_ui->followUpCheck->isChecked()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &InteractionDialog::reject);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &InteractionDialog::requestSave);
    markClean();
}

InteractionDialog::~InteractionDialog() = default;

void InteractionDialog::fillFixedChoices(const QList<ChoiceItem>& staff)
{
    fillChoices(m_ui->typeCombo, ChoiceList::InteractionType, false);
    selectKey(m_ui->typeCombo, m_base.interactionType);
    fillChoices(m_ui->sentimentCombo, ChoiceList::Sentiment, true);
    fillCombo(m_ui->staffCombo, staff);
}

void InteractionDialog::setUpOwnerCompleter()
{
    // The database already filtered the suggestions (by name words or phone digits), so the
    // completer shows them all instead of filtering again by prefix.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setObjectName(QStringLiteral("ownerSuggestionsPopup"));
    m_ui->ownerEdit->setCompleter(m_completer);
    connect(m_ui->ownerEdit, &QLineEdit::textEdited, this, &InteractionDialog::ownerTextEdited);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                chooseOwner(index.data(IdRole).toLongLong(), index.data().toString());
            });
}

void InteractionDialog::setUpActions()
{
    auto* save = new QAction(tr("Save"), this);
    save->setObjectName(QStringLiteral("actionSaveInteraction"));
    save->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(save, &QAction::triggered, this, &InteractionDialog::requestSave);
    addAction(save);
}

void InteractionDialog::setOwner(const ChoiceItem& owner, const OwnerLinkChoices& links)
{
    m_ownerId = owner.id;
    m_ownerLabel = owner.label;
    m_ui->ownerEdit->setText(owner.label);
    setOwnerLinks(links);
    m_ui->typeCombo->setFocus();
    markClean();
}

void InteractionDialog::setOwnerSuggestions(const QList<ChoiceItem>& owners)
{
    m_suggestions->clear();
    for (const ChoiceItem& owner : owners) {
        auto* item = new QStandardItem(owner.label);
        item->setData(owner.id, IdRole);
        m_suggestions->appendRow(item);
    }
    if (owners.isEmpty())
        m_completer->popup()->hide();
    else if (m_ui->ownerEdit->hasFocus())
        m_completer->complete();
}

void InteractionDialog::setOwnerLinks(const OwnerLinkChoices& links)
{
    fillCombo(m_ui->petCombo, links.pets);
    fillCombo(m_ui->appointmentCombo, links.appointments);
    fillCombo(m_ui->orderCombo, links.orders);
    fillCombo(m_ui->conversationCombo, links.conversations);
}

void InteractionDialog::setInteraction(const Interaction& i)
{
    m_base = i;
    if (i.ownerId > 0)
        m_ownerId = i.ownerId;
    setWindowTitle(i.id > 0 ? tr("Edit interaction") : tr("Log interaction"));
    selectKey(m_ui->typeCombo, i.interactionType);
    (i.direction == QLatin1String("outbound") ? m_ui->outboundRadio : m_ui->inboundRadio)
        ->setChecked(true);
    m_ui->subjectEdit->setText(i.subject);
    m_ui->summaryEdit->setPlainText(i.summary);
    m_ui->outcomeEdit->setText(i.outcome);
    selectKey(m_ui->sentimentCombo, i.sentiment);
    const std::pair<QComboBox*, qint64> links[] = {
        {m_ui->petCombo, i.petId},       {m_ui->appointmentCombo, i.appointmentId},
        {m_ui->orderCombo, i.orderId},   {m_ui->conversationCombo, i.conversationId},
        {m_ui->staffCombo, i.handledBy},
    };
    for (const auto& [combo, id] : links)
        selectId(combo, id);
    m_ui->followUpCheck->setChecked(i.requiresFollowUp);
    m_ui->followUpNoDateCheck->setChecked(i.requiresFollowUp && !i.followUpDate.isValid());
    if (i.followUpDate.isValid())
        m_ui->followUpDateEdit->setDate(i.followUpDate);
    m_ui->followUpDoneCheck->setChecked(i.followUpCompleted);
    markClean();
}

Interaction InteractionDialog::interaction() const
{
    Interaction i = m_base;
    i.ownerId = m_ownerId;
    i.interactionType = m_ui->typeCombo->currentData().toString();
    i.direction =
        m_ui->outboundRadio->isChecked() ? QStringLiteral("outbound") : QStringLiteral("inbound");
    i.subject = m_ui->subjectEdit->text().trimmed();
    i.summary = m_ui->summaryEdit->toPlainText().trimmed();
    i.outcome = m_ui->outcomeEdit->text().trimmed();
    i.sentiment = m_ui->sentimentCombo->currentData().toString();
    i.petId = idOf(m_ui->petCombo);
    i.appointmentId = idOf(m_ui->appointmentCombo);
    i.orderId = idOf(m_ui->orderCombo);
    i.conversationId = idOf(m_ui->conversationCombo);
    i.handledBy = idOf(m_ui->staffCombo);
    i.requiresFollowUp = m_ui->followUpCheck->isChecked();
    // "Sin fecha" is a real answer at the desk: the follow-up is listed under "No date".
    const bool dated = i.requiresFollowUp && !m_ui->followUpNoDateCheck->isChecked();
    i.followUpDate = dated ? m_ui->followUpDateEdit->date() : QDate();
    i.followUpCompleted = i.requiresFollowUp && m_ui->followUpDoneCheck->isChecked();
    return i;
}

void InteractionDialog::ownerTextEdited(const QString& text)
{
    if (m_ownerId > 0 && text != m_ownerLabel) {
        // Another owner is being looked for: the old owner's links would be wrong.
        m_ownerId = 0;
        setOwnerLinks({});
    }
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        setOwnerSuggestions({});
    else
        emit ownerSearchChanged(wanted);
}

void InteractionDialog::chooseOwner(qint64 id, const QString& label)
{
    if (id <= 0)
        return;
    m_ownerId = id;
    m_ownerLabel = label;
    m_ui->errorLabel->hide();
    setOwnerLinks({});
    emit ownerChosen(id);
}

void InteractionDialog::typeChosen()
{
    // Calls say their direction; the other types leave the choice to the desk.
    const QString type = m_ui->typeCombo->currentData().toString();
    if (type == QLatin1String("call_in"))
        m_ui->inboundRadio->setChecked(true);
    else if (type == QLatin1String("call_out"))
        m_ui->outboundRadio->setChecked(true);
}

void InteractionDialog::followUpToggled(bool required)
{
    m_ui->followUpDateEdit->setEnabled(required && !m_ui->followUpNoDateCheck->isChecked());
    m_ui->followUpNoDateCheck->setEnabled(required);
    m_ui->followUpDoneCheck->setEnabled(required);
    if (required && m_ui->followUpCheck->hasFocus()) // the desk goes on to the date
        m_ui->followUpDateEdit->setFocus();
}

void InteractionDialog::requestSave()
{
    if (m_ownerId <= 0) {
        showProblem(tr("Choose the owner from the suggestions (type a name or a phone number)."));
        m_ui->ownerEdit->setFocus();
        return;
    }
    m_ui->errorLabel->hide();
    emit saveRequested();
}

void InteractionDialog::showProblem(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

void InteractionDialog::reject()
{
    if (hasChanges() &&
        MessageBox::question(this, tr("Discard the interaction?"),
                             tr("What you typed has not been saved. Close and lose it?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

bool InteractionDialog::hasChanges() const
{
    return formState() != m_cleanState;
}

void InteractionDialog::markClean()
{
    m_cleanState = formState();
}

QStringList InteractionDialog::formState() const
{
    const Interaction i = interaction();
    return {m_ui->ownerEdit->text(),
            i.interactionType,
            i.direction,
            i.subject,
            i.summary,
            i.outcome,
            i.sentiment,
            QString::number(i.petId),
            QString::number(i.appointmentId),
            QString::number(i.orderId),
            QString::number(i.conversationId),
            QString::number(i.handledBy),
            QString::number(i.requiresFollowUp),
            i.followUpDate.toString(Qt::ISODate),
            QString::number(i.followUpCompleted)};
}

} // namespace huellas
