#include "OwnerEditorTableColumns.h"

#include "core/Choices.h"

namespace huellas::OwnerEditorTableColumns {
namespace {

// Lets lupdate file OwnerEditorTablesText::tr("…") under the context used at run time.
class OwnerEditorTablesText final
{
    Q_DECLARE_TR_FUNCTIONS(OwnerEditorTables)
};

enum class Access
{
    Editable,
    ReadOnly
};

// One column over a record member; the stored value travels as a QVariant of the member's type.
template <typename Record, typename Value>
RecordColumn<Record> memberColumn(const char* header, CellKind kind, Value Record::*member,
                                  Access access = Access::Editable)
{
    RecordColumn<Record> column{
        header, kind, [member](const Record& r) { return QVariant::fromValue(r.*member); }};
    if (access == Access::Editable)
        column.set = [member](Record& r, const QVariant& v) {
            r.*member = v.template value<Value>();
        };
    return column;
}

CellOptions choiceOptions(ChoiceList list, bool optional)
{
    CellOptions options;
    if (optional)
        options.append({QString(), QStringLiteral("—")});
    for (const QString& key : choiceKeys(list))
        options.append({key, choiceLabel(list, key)});
    return options;
}

template <typename Record>
RecordColumn<Record> choiceColumn(const char* header, QString Record::*member, ChoiceList list,
                                  bool optional = false, Access access = Access::Editable)
{
    RecordColumn<Record> column = memberColumn(header, CellKind::Choice, member, access);
    column.options = [list, optional] { return choiceOptions(list, optional); };
    return column;
}

QDateTime nowToTheMinute()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addSecs(-now.time().second()).addMSecs(-now.time().msec());
}

QString followUpText(const Interaction& i)
{
    if (!i.requiresFollowUp)
        return {};
    const QString date = i.followUpDate.isValid()
                             ? i.followUpDate.toString(QStringLiteral("dd/MM/yyyy"))
                             : OwnerEditorTablesText::tr("no date");
    return i.followUpCompleted ? OwnerEditorTablesText::tr("%1 (done)").arg(date) : date;
}

} // namespace

PetTableModel* petModel(QObject* parent)
{
    return new PetTableModel(
        {
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Name"), CellKind::Text,
                         &Pet::name),
            choiceColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Species"), &Pet::species,
                         ChoiceList::Species),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Breed"), CellKind::Text,
                         &Pet::breed),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Birth date"), CellKind::Date,
                         &Pet::birthDate),
            choiceColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Sex"), &Pet::sex,
                         ChoiceList::PetSex, true),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Deceased"), CellKind::Flag,
                         &Pet::deceased),
        },
        [] { return Pet{}; }, parent);
}

AppointmentTableModel* appointmentModel(std::function<CellOptions()> petOptions, QObject* parent)
{
    RecordColumn<Appointment> pet = memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Pet"),
                                                 CellKind::Choice, &Appointment::petId);
    pet.options = std::move(petOptions);
    return new AppointmentTableModel(
        {
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Date and time"),
                         CellKind::DateTime, &Appointment::scheduledAt),
            pet,
            choiceColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Status"), &Appointment::status,
                         ChoiceList::AppointmentStatus),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Reason"), CellKind::Text,
                         &Appointment::reason),
        },
        [] {
            Appointment a;
            a.scheduledAt = nowToTheMinute();
            return a;
        },
        parent);
}

OrderTableModel* orderModel(QObject* parent)
{
    return new OrderTableModel(
        {
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Date"), CellKind::DateTime,
                         &Order::orderedAt),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Number"), CellKind::Text,
                         &Order::number),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Total"), CellKind::Money,
                         &Order::total),
            choiceColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Payment"), &Order::paymentStatus,
                         ChoiceList::PaymentStatus),
        },
        [] {
            Order o;
            o.orderedAt = nowToTheMinute();
            return o;
        },
        parent);
}

InvoiceTableModel* invoiceModel(QObject* parent)
{
    return new InvoiceTableModel(
        {
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Date"), CellKind::DateTime,
                         &Invoice::issuedAt),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Number"), CellKind::Text,
                         &Invoice::number),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Total"), CellKind::Money,
                         &Invoice::total),
            choiceColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Status"), &Invoice::status,
                         ChoiceList::InvoiceStatus),
        },
        [] {
            Invoice i;
            i.issuedAt = nowToTheMinute();
            return i;
        },
        parent);
}

InteractionTableModel* historyModel(std::function<CellOptions()> staffOptions, QObject* parent)
{
    constexpr Access ro = Access::ReadOnly;
    RecordColumn<Interaction> handledBy =
        memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Handled by"), CellKind::Choice,
                     &Interaction::handledBy, ro);
    handledBy.options = std::move(staffOptions);
    return new InteractionTableModel(
        {
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "When"), CellKind::DateTime,
                         &Interaction::createdAt, ro),
            choiceColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Type"),
                         &Interaction::interactionType, ChoiceList::InteractionType, false, ro),
            choiceColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Direction"),
                         &Interaction::direction, ChoiceList::Direction, false, ro),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Subject"), CellKind::Text,
                         &Interaction::subject, ro),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Summary"), CellKind::Text,
                         &Interaction::summary, ro),
            memberColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Outcome"), CellKind::Text,
                         &Interaction::outcome, ro),
            choiceColumn(QT_TRANSLATE_NOOP("OwnerEditorTables", "Sentiment"),
                         &Interaction::sentiment, ChoiceList::Sentiment, true, ro),
            handledBy,
            {QT_TRANSLATE_NOOP("OwnerEditorTables", "Follow-up"), CellKind::Text,
             [](const Interaction& i) { return QVariant(followUpText(i)); }},
        },
        {}, parent);
}

CellOptions petOptionsOf(const PetTableModel& pets)
{
    CellOptions options{{qint64(0), QStringLiteral("—")}};
    for (const Pet& pet : pets.records())
        options.append(
            {pet.id, pet.name.isEmpty() ? OwnerEditorTablesText::tr("(unnamed pet)") : pet.name});
    return options;
}

CellOptions staffOptionsOf(const QList<Staff>& staff)
{
    CellOptions options{{qint64(0), QString()}};
    for (const Staff& member : staff)
        options.append(
            {member.id, member.displayName.isEmpty() ? member.username : member.displayName});
    return options;
}

} // namespace huellas::OwnerEditorTableColumns
