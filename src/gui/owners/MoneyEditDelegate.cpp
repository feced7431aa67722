#include "MoneyEditDelegate.h"

#include "core/Money.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace huellas {

QWidget* MoneyEditDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                         const QModelIndex&) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("moneyEditor"));
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Pesos with at most two decimals; amounts are never negative.
    static const QRegularExpression pesos(QStringLiteral(R"(\$?[0-9][0-9,]*(\.[0-9]{0,2})?)"));
    edit->setValidator(new QRegularExpressionValidator(pesos, edit));
    return edit;
}

void MoneyEditDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QLineEdit*>(editor)->setText(
        Money::toDecimal(index.data(Qt::EditRole).toLongLong()));
}

void MoneyEditDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto centavos = Money::parse(static_cast<QLineEdit*>(editor)->text()); centavos)
        model->setData(index, QVariant::fromValue(*centavos), Qt::EditRole);
}

} // namespace huellas
