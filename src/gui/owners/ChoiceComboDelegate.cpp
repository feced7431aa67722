#include "ChoiceComboDelegate.h"

#include <QComboBox>

namespace huellas {

ChoiceComboDelegate::ChoiceComboDelegate(std::function<CellOptions()> options, QObject* parent)
    : QStyledItemDelegate(parent), m_options(std::move(options))
{
}

QWidget* ChoiceComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                           const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    for (const CellOption& option : m_options())
        combo->addItem(option.label, option.value);
    // A choice made with the mouse or Enter is final; no second click elsewhere to commit it.
    // (commitData is a signal, so non-const, while Qt declares createEditor const.)
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ChoiceComboDelegate*>(this)->commitData(combo); });
    return combo;
}

void ChoiceComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void ChoiceComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace huellas
