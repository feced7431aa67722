#pragma once

#include "core/Records.h"

#include <QList>
#include <QVariantList>

#include <functional>

class QObject;
class QWidget;
namespace Ui {
class OwnerEditorDialog;
}

namespace huellas {

// The owner's own fields on the form (everything but the referrer, the tags and the tables):
// filling the choice combos, showing a stored owner, and telling whether they were edited.
namespace OwnerEditorFields {

void fillChoices(Ui::OwnerEditorDialog& ui);
// Phones are shown in the national form, dates as dd/MM/yyyy.
void show(Ui::OwnerEditorDialog& ui, const Owner& owner);

// The inputs, in tab order.
QList<QWidget*> inputs(const Ui::OwnerEditorDialog& ui);
// What each input holds now; equal snapshots mean nothing was edited.
QVariantList snapshot(const QList<QWidget*>& inputs);
// Calls `onEdit` after every change a user can make to one of the inputs.
void onEdit(const QList<QWidget*>& inputs, QObject* context, const std::function<void()>& onEdit);

// The key a choice combo holds ("" for the "not known" entries).
QString keyOf(const QWidget* combo);

} // namespace OwnerEditorFields
} // namespace huellas
