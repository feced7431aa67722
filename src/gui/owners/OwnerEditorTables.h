#pragma once

#include "OwnerEditorTableColumns.h"
#include "storage/OwnerProfile.h"

#include <QObject>

class QPushButton;
class QTableView;
namespace Ui {
class OwnerEditorDialog;
}

namespace huellas {

// The Pets, Appointments, Purchases, Invoices and History tabs: their models, delegates and
// add/remove buttons (Insert and Delete on the table do the same).
class OwnerEditorTables final : public QObject
{
    Q_OBJECT

public:
    OwnerEditorTables(Ui::OwnerEditorDialog& ui, QObject* parent);

    void show(const OwnerProfile& profile);
    void showHistory(const QList<Interaction>& interactions);
    // The rows as edited, and the stored rows removed, into `profile`.
    void writeInto(OwnerProfile& profile) const;
    QVariantList snapshot() const;
    // Closes an open cell editor, keeping what it holds, so a save sees the last keystrokes.
    void commitOpenEditors();

    PetTableModel* pets() const { return m_pets; }
    AppointmentTableModel* appointments() const { return m_appointments; }
    OrderTableModel* orders() const { return m_orders; }
    InvoiceTableModel* invoices() const { return m_invoices; }
    InteractionTableModel* history() const { return m_history; }

signals:
    void edited();

private:
    template <typename Record>
    void bind(OwnerEditorTableModel<Record>* model, QTableView* view, QPushButton* add,
              QPushButton* remove);
    void unlinkAppointmentsFromMissingPets();

    Ui::OwnerEditorDialog& m_ui;
    QList<Staff> m_staff;
    PetTableModel* m_pets;
    AppointmentTableModel* m_appointments;
    OrderTableModel* m_orders;
    InvoiceTableModel* m_invoices;
    InteractionTableModel* m_history;
    QList<QTableView*> m_views;
};

} // namespace huellas
