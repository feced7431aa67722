#include "DateValueEditor.h"

#include <QDateEdit>
#include <QHBoxLayout>

namespace huellas {

DateValueEditor::DateValueEditor(QWidget* parent)
    : RuleValueEditor(parent), m_edit(new QDateEdit(QDate::currentDate(), this))
{
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_edit->setCalendarPopup(true);
    connect(m_edit, &QDateEdit::dateChanged, this, &RuleValueEditor::changed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addStretch();
    setFocusProxy(m_edit);
}

QJsonValue DateValueEditor::value() const
{
    return m_edit->date().toString(Qt::ISODate);
}

void DateValueEditor::setValue(const QJsonValue& value)
{
    m_edit->setDate(QDate::fromString(value.toString(), Qt::ISODate));
}

} // namespace huellas
