#include "OwnerEditorValidation.h"

#include "OwnerEditorFields.h"
#include "core/PhoneNumbers.h"
#include "core/Validation.h"
#include "ui_OwnerEditorDialog.h"

#include <QCoreApplication>

namespace huellas {
namespace {

// Lets lupdate file OwnerEditorValidationText::tr("…") under the context used at run time.
class OwnerEditorValidationText final
{
    Q_DECLARE_TR_FUNCTIONS(OwnerEditorValidation)
};

QString typed(const QLineEdit* edit)
{
    return edit->text().trimmed();
}

class FormReader
{
public:
    explicit FormReader(QList<OwnerEditorProblem>& problems) : m_problems(problems) {}

    QString phone(QLineEdit* edit, const char* fieldName)
    {
        auto number = PhoneNumbers::normalize(typed(edit));
        if (number)
            return *number;
        m_problems.append(
            {edit, OwnerEditorValidationText::tr("%1: \"%2\" is not a valid phone number.")
                       .arg(OwnerEditorValidationText::tr(fieldName), typed(edit))});
        return typed(edit);
    }

    QDate pastDate(QLineEdit* edit, const QDate& today)
    {
        const QString text = typed(edit);
        if (text.isEmpty())
            return {};
        QDate date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
        if (!date.isValid())
            date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            m_problems.append({edit, OwnerEditorValidationText::tr(
                                         "Birth date: \"%1\" is not a date (dd/mm/yyyy).")
                                         .arg(text)});
        else if (date > today)
            m_problems.append(
                {edit,
                 OwnerEditorValidationText::tr("Birth date: %1 is in the future.").arg(text)});
        return date;
    }

    void require(bool ok, QWidget* field, const QString& message)
    {
        if (!ok)
            m_problems.append({field, message});
    }

private:
    QList<OwnerEditorProblem>& m_problems;
};

} // namespace

OwnerEditorFormCheck OwnerEditorFormCheck::of(const Ui::OwnerEditorDialog& ui, Owner o,
                                              const QDate& today)
{
    OwnerEditorFormCheck check;
    FormReader read(check.problems);
    o.firstName = typed(ui.firstNameEdit);
    o.lastName = typed(ui.lastNameEdit);
    read.require(!o.firstName.isEmpty() || !o.lastName.isEmpty(), ui.firstNameEdit,
                 OwnerEditorValidationText::tr("Name: an owner needs a first or last name."));
    o.birthDate = read.pastDate(ui.birthDateEdit, today);
    o.gender = typed(ui.genderEdit);
    o.occupation = typed(ui.occupationEdit);
    o.phone = read.phone(ui.phoneEdit, QT_TRANSLATE_NOOP("OwnerEditorValidation", "Phone"));
    o.phoneSecondary = read.phone(ui.phoneSecondaryEdit,
                                  QT_TRANSLATE_NOOP("OwnerEditorValidation", "Secondary phone"));
    o.whatsapp =
        read.phone(ui.whatsappEdit, QT_TRANSLATE_NOOP("OwnerEditorValidation", "WhatsApp"));
    o.email = typed(ui.emailEdit);
    read.require(
        o.email.isEmpty() || Validation::isValidEmail(o.email), ui.emailEdit,
        OwnerEditorValidationText::tr("Email: \"%1\" is not an email address.").arg(o.email));
    o.preferredContactTime = OwnerEditorFields::keyOf(ui.contactTimeCombo);
    o.preferredLanguage = OwnerEditorFields::keyOf(ui.languageCombo);
    o.streetAddress = typed(ui.streetEdit);
    o.neighborhood = typed(ui.neighborhoodEdit);
    o.city = typed(ui.cityEdit);
    o.postalCode = typed(ui.postalCodeEdit);
    read.require(
        o.postalCode.isEmpty() || Validation::isValidPostalCode(o.postalCode), ui.postalCodeEdit,
        OwnerEditorValidationText::tr("Postal code: \"%1\" is not a five-digit postal code.")
            .arg(o.postalCode));
    o.locationNotes = ui.locationNotesEdit->toPlainText().trimmed();
    o.acquisitionSource = OwnerEditorFields::keyOf(ui.acquisitionSourceCombo);
    o.acquisitionDetail = typed(ui.acquisitionDetailEdit);
    o.tier = OwnerEditorFields::keyOf(ui.tierCombo);
    o.emailOptIn = ui.emailOptInCheck->isChecked();
    o.smsOptIn = ui.smsOptInCheck->isChecked();
    o.whatsappOptIn = ui.whatsappOptInCheck->isChecked();
    o.notes = ui.notesEdit->toPlainText().trimmed();
    o.internalNotes = ui.internalNotesEdit->toPlainText().trimmed();
    check.owner = o;
    return check;
}

} // namespace huellas
