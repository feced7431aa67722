#pragma once

#include "OwnerEditorTableModel.h"

#include <QStyledItemDelegate>

#include <functional>

namespace huellas {

// Edits a key or an id with a combo box of labels; the model stores the option's value.
class ChoiceComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `options` is asked each time an editor opens, so it may follow other tables (pets).
    ChoiceComboDelegate(std::function<CellOptions()> options, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    std::function<CellOptions()> m_options;
};

} // namespace huellas
