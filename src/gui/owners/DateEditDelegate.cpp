#include "DateEditDelegate.h"

#include <QDateTimeEdit>

namespace huellas {
namespace {

// QDateEdit cannot be empty: its minimum stands for "no date" and shows as special text.
const QDate noDate(1900, 1, 1);

bool editsDateTime(const QModelIndex& index)
{
    return index.data(Qt::EditRole).metaType() == QMetaType::fromType<QDateTime>();
}

} // namespace

QWidget* DateEditDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex& index) const
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(QStringLiteral("dateEditor"));
    edit->setCalendarPopup(true);
    if (editsDateTime(index)) {
        edit->setTimeSpec(Qt::UTC); // the model hands over wall-clock time; no zone shifting
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    } else {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(tr("Unknown"));
    }
    return edit;
}

void DateEditDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = static_cast<QDateTimeEdit*>(editor);
    const QVariant value = index.data(Qt::EditRole);
    if (editsDateTime(index)) {
        const QDateTime when = value.toDateTime();
        edit->setDateTime(when.isValid() ? when : QDateTime::currentDateTimeUtc());
    } else {
        const QDate date = value.toDate();
        edit->setDate(date.isValid() ? date : noDate);
    }
}

void DateEditDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    auto* edit = static_cast<QDateTimeEdit*>(editor);
    if (editsDateTime(index)) {
        // The editor shows minutes only; leaving it untouched must not drop a stored second.
        const QDateTime before = index.data(Qt::EditRole).toDateTime();
        const QDateTime after = edit->dateTime();
        if (before.isValid() &&
            before.addSecs(-before.time().second()) == after.addSecs(-after.time().second()))
            return;
        model->setData(index, after, Qt::EditRole);
    } else {
        const QDate date = edit->date();
        model->setData(index, date == noDate ? QDate() : date, Qt::EditRole);
    }
}

} // namespace huellas
