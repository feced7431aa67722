#include "OwnerEditorFields.h"

#include "core/Choices.h"
#include "core/PhoneNumbers.h"
#include "ui_OwnerEditorDialog.h"

#include <QCoreApplication>

namespace huellas::OwnerEditorFields {
namespace {

// Lets lupdate file OwnerEditorFieldsText::tr("…") under the context used at run time.
class OwnerEditorFieldsText final
{
    Q_DECLARE_TR_FUNCTIONS(OwnerEditorFields)
};

void fillCombo(QComboBox* combo, ChoiceList list, const QString& emptyLabel = {})
{
    combo->clear();
    if (!emptyLabel.isEmpty())
        combo->addItem(emptyLabel, QString());
    for (const QString& key : choiceKeys(list))
        combo->addItem(choiceLabel(list, key), key);
}

// A stored value the list does not know (say a language code from an import) is kept and
// shown as it is rather than silently replaced.
void selectKey(QComboBox* combo, const QString& key)
{
    int index = combo->findData(key);
    if (index < 0) {
        combo->addItem(key, key);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

void fillChoices(Ui::OwnerEditorDialog& ui)
{
    fillCombo(ui.contactTimeCombo, ChoiceList::ContactTime,
              OwnerEditorFieldsText::tr("No preference"));
    fillCombo(ui.acquisitionSourceCombo, ChoiceList::AcquisitionSource,
              OwnerEditorFieldsText::tr("Not known"));
    fillCombo(ui.tierCombo, ChoiceList::Tier);
    ui.languageCombo->clear();
    const std::pair<const char*, QString> languages[] = {
        {"es", OwnerEditorFieldsText::tr("Spanish")},
        {"en", OwnerEditorFieldsText::tr("English")},
        {"yua", OwnerEditorFieldsText::tr("Yucatec Maya")},
        {"fr", OwnerEditorFieldsText::tr("French")},
        {"de", OwnerEditorFieldsText::tr("German")},
        {"it", OwnerEditorFieldsText::tr("Italian")},
    };
    for (const auto& [code, name] : languages)
        ui.languageCombo->addItem(name, QString::fromLatin1(code));
}

void show(Ui::OwnerEditorDialog& ui, const Owner& o)
{
    ui.firstNameEdit->setText(o.firstName);
    ui.lastNameEdit->setText(o.lastName);
    ui.birthDateEdit->setText(o.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    ui.genderEdit->setText(o.gender);
    ui.occupationEdit->setText(o.occupation);
    ui.phoneEdit->setText(PhoneNumbers::display(o.phone));
    ui.phoneSecondaryEdit->setText(PhoneNumbers::display(o.phoneSecondary));
    ui.whatsappEdit->setText(PhoneNumbers::display(o.whatsapp));
    ui.emailEdit->setText(o.email);
    selectKey(ui.contactTimeCombo, o.preferredContactTime);
    selectKey(ui.languageCombo, o.preferredLanguage);
    ui.streetEdit->setText(o.streetAddress);
    ui.neighborhoodEdit->setText(o.neighborhood);
    ui.cityEdit->setText(o.city);
    ui.postalCodeEdit->setText(o.postalCode);
    ui.locationNotesEdit->setPlainText(o.locationNotes);
    selectKey(ui.acquisitionSourceCombo, o.acquisitionSource);
    ui.acquisitionDetailEdit->setText(o.acquisitionDetail);
    selectKey(ui.tierCombo, o.tier);
    ui.emailOptInCheck->setChecked(o.emailOptIn);
    ui.smsOptInCheck->setChecked(o.smsOptIn);
    ui.whatsappOptInCheck->setChecked(o.whatsappOptIn);
    ui.notesEdit->setPlainText(o.notes);
    ui.internalNotesEdit->setPlainText(o.internalNotes);
}

QList<QWidget*> inputs(const Ui::OwnerEditorDialog& ui)
{
    return {ui.firstNameEdit,
            ui.lastNameEdit,
            ui.birthDateEdit,
            ui.genderEdit,
            ui.occupationEdit,
            ui.phoneEdit,
            ui.phoneSecondaryEdit,
            ui.whatsappEdit,
            ui.emailEdit,
            ui.contactTimeCombo,
            ui.languageCombo,
            ui.streetEdit,
            ui.neighborhoodEdit,
            ui.cityEdit,
            ui.postalCodeEdit,
            ui.locationNotesEdit,
            ui.acquisitionSourceCombo,
            ui.acquisitionDetailEdit,
            ui.tierCombo,
            ui.emailOptInCheck,
            ui.smsOptInCheck,
            ui.whatsappOptInCheck,
            ui.notesEdit,
            ui.internalNotesEdit};
}

QVariantList snapshot(const QList<QWidget*>& inputs)
{
    QVariantList values;
    for (const QWidget* input : inputs) {
        if (auto* line = qobject_cast<const QLineEdit*>(input))
            values << line->text();
        else if (auto* text = qobject_cast<const QPlainTextEdit*>(input))
            values << text->toPlainText();
        else if (auto* combo = qobject_cast<const QComboBox*>(input))
            values << combo->currentData();
        else if (auto* check = qobject_cast<const QCheckBox*>(input))
            values << check->isChecked();
    }
    return values;
}

void onEdit(const QList<QWidget*>& inputs, QObject* context, const std::function<void()>& onEdit)
{
    for (QWidget* input : inputs) {
        if (auto* line = qobject_cast<QLineEdit*>(input))
            QObject::connect(line, &QLineEdit::textChanged, context, onEdit);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(input))
            QObject::connect(text, &QPlainTextEdit::textChanged, context, onEdit);
        else if (auto* combo = qobject_cast<QComboBox*>(input))
            QObject::connect(combo, &QComboBox::currentIndexChanged, context, onEdit);
        else if (auto* check = qobject_cast<QCheckBox*>(input))
            QObject::connect(check, &QCheckBox::toggled, context, onEdit);
    }
}

QString keyOf(const QWidget* combo)
{
    return static_cast<const QComboBox*>(combo)->currentData().toString();
}

} // namespace huellas::OwnerEditorFields
