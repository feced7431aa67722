#pragma once

#include <QStyledItemDelegate>

namespace huellas {

// Edits a QDate (dd/MM/yyyy, with "unknown" for none) or a wall-clock QDateTime
// (dd/MM/yyyy HH:mm); which one follows the value the model gives for editing.
class DateEditDelegate final : public QStyledItemDelegate
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
