#pragma once

#include "core/Choices.h"

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace huellas {

// Reads the value of one rule key. Each reader either returns the value or appends one
// translated problem to `problems` naming `path` (e.g. "any[1].tier") and the offending value.
// Lists come back sorted and without duplicates, so equal rules read equal.
namespace RuleValueReader {

std::optional<QStringList> texts(const QJsonValue& value, const QString& path,
                                 QStringList& problems);
std::optional<QStringList> tags(const QJsonValue& value, const QString& path,
                                QStringList& problems);
std::optional<QStringList> choices(const QJsonValue& value, ChoiceList list, const QString& path,
                                   QStringList& problems);
std::optional<bool> boolean(const QJsonValue& value, const QString& path, QStringList& problems);
// Pesos (1000 or 1000.5) to centavos; a fraction of a centavo is refused, not rounded away.
std::optional<qint64> pesos(const QJsonValue& value, const QString& path, QStringList& problems);
std::optional<qint64> wholeNumber(const QJsonValue& value, const QString& path,
                                  QStringList& problems);
std::optional<QDate> date(const QJsonValue& value, const QString& path, QStringList& problems);

// The JSON text of a value as quoted in messages: "gold", 1.5, [], {"tier":"vip"}.
QString describe(const QJsonValue& value);

} // namespace RuleValueReader
} // namespace huellas
