#pragma once

#include "core/Records.h"

#include <QSqlRecord>
#include <QVariantMap>

namespace huellas {
class SqlDialect;
}

namespace huellas {

// How each record maps to its table's columns: the allow-list every dynamic statement uses.
namespace RecordColumns {

QVariantMap of(const Owner& owner); // editable columns only; metrics are computed
QVariantMap of(const Pet& pet);
QVariantMap of(const Appointment& appointment);
QVariantMap of(const Order& order);
QVariantMap of(const Invoice& invoice);
QVariantMap of(const Conversation& conversation);
QVariantMap of(const Interaction& interaction);
QVariantMap of(const Staff& staff);

// What a SELECT of owners aliased `alias` lists for ownerFrom(): the stored columns and the
// derived days since the last visit (MetricsDateSql).
QString ownerColumns(const SqlDialect& dialect, const QString& alias);
Owner ownerFrom(const QSqlRecord& row); // tags are read separately
Pet petFrom(const QSqlRecord& row);
Appointment appointmentFrom(const QSqlRecord& row);
Order orderFrom(const QSqlRecord& row);
Invoice invoiceFrom(const QSqlRecord& row);
Conversation conversationFrom(const QSqlRecord& row);
Interaction interactionFrom(const QSqlRecord& row);
Staff staffFrom(const QSqlRecord& row);

} // namespace RecordColumns
} // namespace huellas
