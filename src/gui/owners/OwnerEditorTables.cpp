#include "OwnerEditorTables.h"

#include "ChoiceComboDelegate.h"
#include "DateEditDelegate.h"
#include "MoneyEditDelegate.h"
#include "ui_OwnerEditorDialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QSet>
#include <QShortcut>

#include <algorithm>
#include <functional>

namespace huellas {

using namespace OwnerEditorTableColumns;

OwnerEditorTables::OwnerEditorTables(Ui::OwnerEditorDialog& ui, QObject* parent)
    : QObject(parent), m_ui(ui), m_pets(petModel(this)),
      m_appointments(appointmentModel([this] { return petOptionsOf(*m_pets); }, this)),
      m_orders(orderModel(this)), m_invoices(invoiceModel(this)),
      m_history(historyModel([this] { return staffOptionsOf(m_staff); }, this))
{
    bind(m_pets, ui.petsTable, ui.addPetButton, ui.removePetButton);
    bind(m_appointments, ui.appointmentsTable, ui.addAppointmentButton, ui.removeAppointmentButton);
    bind(m_orders, ui.ordersTable, ui.addOrderButton, ui.removeOrderButton);
    bind(m_invoices, ui.invoicesTable, ui.addInvoiceButton, ui.removeInvoiceButton);
    ui.historyTable->setModel(m_history);
    ui.historyTable->verticalHeader()->hide();
    ui.historyTable->horizontalHeader()->setStretchLastSection(true);
    const std::pair<HistoryColumn, int> historyWidths[] = {
        {HistoryCreatedAt, 125}, {HistoryType, 115},      {HistoryDirection, 80},
        {HistorySubject, 170},   {HistorySummary, 280},   {HistoryOutcome, 150},
        {HistorySentiment, 80},  {HistoryHandledBy, 140},
    };
    for (const auto& [column, width] : historyWidths)
        ui.historyTable->setColumnWidth(column, width);

    // Appointments show their pet by name: follow renames and removals in the Pets tab.
    const auto petsChanged = [this] {
        unlinkAppointmentsFromMissingPets();
        if (const int rows = m_appointments->rowCount(); rows > 0)
            emit m_appointments->dataChanged(m_appointments->index(0, AppointmentPet),
                                             m_appointments->index(rows - 1, AppointmentPet));
    };
    connect(m_pets, &QAbstractItemModel::dataChanged, this, petsChanged);
    connect(m_pets, &QAbstractItemModel::rowsRemoved, this, petsChanged);
}

template <typename Record>
void OwnerEditorTables::bind(OwnerEditorTableModel<Record>* model, QTableView* view,
                             QPushButton* add, QPushButton* remove)
{
    m_views << view;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    int firstEditable = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        const RecordColumn<Record>& spec = model->column(column);
        QAbstractItemDelegate* delegate = nullptr;
        switch (spec.kind) {
        case CellKind::Choice:
            delegate = new ChoiceComboDelegate(spec.options, view);
            break;
        case CellKind::Date:
        case CellKind::DateTime:
            delegate = new DateEditDelegate(view);
            break;
        case CellKind::Money:
            delegate = new MoneyEditDelegate(view);
            break;
        case CellKind::Text:
        case CellKind::Flag:
            break;
        }
        if (delegate)
            view->setItemDelegateForColumn(column, delegate);
        if (firstEditable < 0 && spec.kind == CellKind::Text && spec.set)
            firstEditable = column;
        view->setColumnWidth(column, spec.kind == CellKind::DateTime ? 140 : 150);
    }

    const auto addRow = [model, view, firstEditable] {
        const int row = model->insertNewRecord(0); // newest first, like the stored rows
        const QModelIndex cell = model->index(row, qMax(firstEditable, 0));
        view->setFocus();
        view->setCurrentIndex(cell);
        view->scrollTo(cell);
        view->edit(cell);
    };
    const auto removeRows = [model, view] {
        QList<int> rows;
        for (const QModelIndex& index : view->selectionModel()->selectedRows())
            rows << index.row();
        if (rows.isEmpty() && view->currentIndex().isValid())
            rows << view->currentIndex().row();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (const int row : rows)
            model->removeRows(row, 1);
    };
    connect(add, &QPushButton::clicked, this, addRow);
    connect(remove, &QPushButton::clicked, this, removeRows);
    connect(new QShortcut(QKeySequence(Qt::Key_Insert), view, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, addRow);
    connect(new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, removeRows);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &OwnerEditorTables::edited);
    connect(model, &QAbstractItemModel::dataChanged, this, &OwnerEditorTables::edited);
}

void OwnerEditorTables::show(const OwnerProfile& profile)
{
    m_pets->setRecords(profile.pets);
    m_appointments->setRecords(profile.appointments);
    m_orders->setRecords(profile.orders);
    m_invoices->setRecords(profile.invoices);
    m_staff = profile.lookups.staff;
    showHistory(profile.interactions);
}

void OwnerEditorTables::showHistory(const QList<Interaction>& interactions)
{
    m_history->setRecords(interactions);
}

void OwnerEditorTables::writeInto(OwnerProfile& profile) const
{
    profile.pets = m_pets->records();
    profile.appointments = m_appointments->records();
    profile.orders = m_orders->records();
    profile.invoices = m_invoices->records();
    profile.removed = {m_pets->removedIds(), m_appointments->removedIds(), m_orders->removedIds(),
                       m_invoices->removedIds()};
}

QVariantList OwnerEditorTables::snapshot() const
{
    return {m_pets->snapshot(), m_appointments->snapshot(), m_orders->snapshot(),
            m_invoices->snapshot()};
}

void OwnerEditorTables::commitOpenEditors()
{
    // Taking the focus from a cell editor makes its delegate commit and close it.
    for (QTableView* view : std::as_const(m_views))
        if (QWidget* focus = QApplication::focusWidget();
            focus && view->isAncestorOf(focus) && focus != view)
            view->setFocus();
}

void OwnerEditorTables::unlinkAppointmentsFromMissingPets()
{
    QSet<qint64> petIds;
    for (const Pet& pet : m_pets->records())
        petIds.insert(pet.id);
    for (int row = 0; row < m_appointments->rowCount(); ++row) {
        const QModelIndex cell = m_appointments->index(row, AppointmentPet);
        const qint64 petId = cell.data(Qt::EditRole).toLongLong();
        if (petId != 0 && !petIds.contains(petId))
            m_appointments->setData(cell, qint64(0), Qt::EditRole);
    }
}

} // namespace huellas
