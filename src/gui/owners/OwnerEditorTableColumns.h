#pragma once

#include "OwnerEditorTableModel.h"
#include "core/Records.h"

namespace huellas {

using PetTableModel = OwnerEditorTableModel<Pet>;
using AppointmentTableModel = OwnerEditorTableModel<Appointment>;
using OrderTableModel = OwnerEditorTableModel<Order>;
using InvoiceTableModel = OwnerEditorTableModel<Invoice>;
using InteractionTableModel = OwnerEditorTableModel<Interaction>;

// The columns of the profile editor's tables, in the order shown.
namespace OwnerEditorTableColumns {

enum PetColumn
{
    PetName,
    PetSpecies,
    PetBreed,
    PetBirthDate,
    PetSex,
    PetDeceased
};
enum AppointmentColumn
{
    AppointmentScheduledAt,
    AppointmentPet,
    AppointmentStatus,
    AppointmentReason
};
enum OrderColumn
{
    OrderOrderedAt,
    OrderNumber,
    OrderTotal,
    OrderPaymentStatus
};
enum InvoiceColumn
{
    InvoiceIssuedAt,
    InvoiceNumber,
    InvoiceTotal,
    InvoiceStatus
};
enum HistoryColumn
{
    HistoryCreatedAt,
    HistoryType,
    HistoryDirection,
    HistorySubject,
    HistorySummary,
    HistoryOutcome,
    HistorySentiment,
    HistoryHandledBy,
    HistoryFollowUp,
};

PetTableModel* petModel(QObject* parent);
// `petOptions` lists the owner's pets as they are being edited (placeholder ids included).
AppointmentTableModel* appointmentModel(std::function<CellOptions()> petOptions, QObject* parent);
OrderTableModel* orderModel(QObject* parent);
InvoiceTableModel* invoiceModel(QObject* parent);
// Read-only: the editor shows interactions but another dialog records them.
InteractionTableModel* historyModel(std::function<CellOptions()> staffOptions, QObject* parent);

// "—" for none, then one option per pet of the model, by name.
CellOptions petOptionsOf(const PetTableModel& pets);
CellOptions staffOptionsOf(const QList<Staff>& staff);

} // namespace OwnerEditorTableColumns
} // namespace huellas
