#pragma once

#include <QDate>
#include <QString>

namespace huellas {

// How the dashboard writes its numbers, dates and categories: es_MX through QLocale() and
// Money, Spanish through the translation (context "Dashboard" and the Choices lists).
namespace DashboardLabels {

QString count(qint64 n);                // "4,812"
QString percent(double value);          // "60.3 %"
QString money(qint64 centavos);         // "$3,420.50"
QString compactMoney(qint64 centavos);  // "$16.4 M", "$164.2 mil", "$950"
QString date(const QDate& date);        // "24/11/2026"
QString month(const QDate& month);      // "nov 2026"
QString shortMonth(const QDate& month); // "nov 26"
QString churnRisk(const QString& key);
QString tier(const QString& key);
QString acquisitionSource(const QString& key); // "" reads "Not recorded"
QString interactionType(const QString& key);
// The lifetime-value histogram bar `index` (storage's lifetimeValueBuckets).
QString lifetimeValueBucket(int index);

} // namespace DashboardLabels
} // namespace huellas
