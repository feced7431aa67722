#pragma once

#include "core/Records.h"

#include <QDate>
#include <QList>

class QWidget;
namespace Ui {
class OwnerEditorDialog;
}

namespace huellas {

struct OwnerEditorProblem
{
    QWidget* field; // where to put the cursor; may be null
    QString message;
};

// The owner's own fields read from the form and checked the way the desk needs it: phones
// normalized to E.164, dates typed as dd/mm/yyyy, each problem naming the field and the value.
struct OwnerEditorFormCheck
{
    Owner owner; // `base` with the typed values; only meaningful without problems
    QList<OwnerEditorProblem> problems;

    static OwnerEditorFormCheck of(const Ui::OwnerEditorDialog& ui, Owner base, const QDate& today);
};

} // namespace huellas
