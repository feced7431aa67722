#pragma once

#include <QStyledItemDelegate>

namespace huellas {

// Edits centavos as pesos ("1234.50", "$1,234.50"); what Money::parse refuses is not stored.
class MoneyEditDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace huellas
