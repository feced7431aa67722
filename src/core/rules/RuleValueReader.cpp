#include "RuleValueReader.h"

#include "core/Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace huellas::RuleValueReader {
namespace {

// Beyond 2^53 a JSON number is no longer an exact integer.
constexpr double largestWholeNumber = 9007199254740992.0;
// A trillion pesos: far above any real bound, and centavos stay exact in a double.
constexpr double largestPesos = 1e12;

std::optional<QStringList> stringList(const QJsonValue& value, const QString& path,
                                      QStringList& problems)
{
    if (!value.isArray()) {
        problems << QCoreApplication::translate("SegmentRules",
                                                "%1: expected a list of text, got %2")
                        .arg(path, describe(value));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        problems << QCoreApplication::translate(
                        "SegmentRules", "%1: the list is empty ([]); give at least one value")
                        .arg(path);
        return std::nullopt;
    }
    QStringList list;
    bool ok = true;
    for (const QJsonValue& element : array) {
        if (!element.isString()) {
            problems << QCoreApplication::translate("SegmentRules",
                                                    "%1: expected text in the list, got %2")
                            .arg(path, describe(element));
            ok = false;
            continue;
        }
        list << element.toString();
    }
    if (!ok)
        return std::nullopt;
    list.sort();
    list.removeDuplicates();
    return list;
}

std::optional<double> number(const QJsonValue& value, const QString& path, QStringList& problems,
                             const char* expected)
{
    if (!value.isDouble()) {
        problems
            << QCoreApplication::translate("SegmentRules", expected).arg(path, describe(value));
        return std::nullopt;
    }
    const double n = value.toDouble();
    if (n < 0) {
        problems << QCoreApplication::translate("SegmentRules",
                                                "%1: %2 is negative; expected zero or more")
                        .arg(path, describe(value));
        return std::nullopt;
    }
    return n;
}

QString tooLarge(const QString& path, const QJsonValue& value)
{
    return QCoreApplication::translate("SegmentRules", "%1: %2 is too large")
        .arg(path, describe(value));
}

} // namespace

QString describe(const QJsonValue& value)
{
    // QJsonDocument only writes arrays and objects: wrap the value and unwrap the text.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

std::optional<QStringList> texts(const QJsonValue& value, const QString& path,
                                 QStringList& problems)
{
    return stringList(value, path, problems);
}

std::optional<QStringList> tags(const QJsonValue& value, const QString& path, QStringList& problems)
{
    auto list = stringList(value, path, problems);
    if (!list)
        return std::nullopt;
    bool ok = true;
    for (const QString& tag : *list)
        if (tag.trimmed().isEmpty()) {
            problems << QCoreApplication::translate("SegmentRules",
                                                    "%1: a tag cannot be blank, got %2")
                            .arg(path, describe(tag));
            ok = false;
        }
    return ok ? list : std::nullopt;
}

std::optional<QStringList> choices(const QJsonValue& value, ChoiceList choiceList,
                                   const QString& path, QStringList& problems)
{
    auto list = stringList(value, path, problems);
    if (!list)
        return std::nullopt;
    bool ok = true;
    for (const QString& key : *list)
        if (!isChoice(choiceList, key)) {
            problems << QCoreApplication::translate("SegmentRules",
                                                    "%1: unknown value %2 (expected one of: %3)")
                            .arg(path, describe(key),
                                 choiceKeys(choiceList).join(QLatin1String(", ")));
            ok = false;
        }
    return ok ? list : std::nullopt;
}

std::optional<bool> boolean(const QJsonValue& value, const QString& path, QStringList& problems)
{
    if (!value.isBool()) {
        problems << QCoreApplication::translate("SegmentRules",
                                                "%1: expected true or false, got %2")
                        .arg(path, describe(value));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> pesos(const QJsonValue& value, const QString& path, QStringList& problems)
{
    const auto amount =
        number(value, path, problems,
               QT_TRANSLATE_NOOP("SegmentRules", "%1: expected an amount in pesos, got %2"));
    if (!amount)
        return std::nullopt;
    if (*amount > largestPesos) {
        problems << tooLarge(path, value);
        return std::nullopt;
    }
    const double centavos = *amount * 100.0;
    // A few units in the last place absorb the binary form of decimals such as 0.07.
    const double tolerance = 8 * std::numeric_limits<double>::epsilon() * std::max(1.0, centavos);
    if (std::abs(centavos - std::round(centavos)) > tolerance) {
        problems << QCoreApplication::translate("SegmentRules",
                                                "%1: %2 has a fraction of a centavo")
                        .arg(path, describe(value));
        return std::nullopt;
    }
    return Money::fromPesos(*amount);
}

std::optional<qint64> wholeNumber(const QJsonValue& value, const QString& path,
                                  QStringList& problems)
{
    const char* expected = QT_TRANSLATE_NOOP("SegmentRules", "%1: expected a whole number, got %2");
    const auto n = number(value, path, problems, expected);
    if (!n)
        return std::nullopt;
    if (std::floor(*n) != *n) {
        problems
            << QCoreApplication::translate("SegmentRules", expected).arg(path, describe(value));
        return std::nullopt;
    }
    if (*n > largestWholeNumber) {
        problems << tooLarge(path, value);
        return std::nullopt;
    }
    return static_cast<qint64>(*n);
}

std::optional<QDate> date(const QJsonValue& value, const QString& path, QStringList& problems)
{
    // Qt's ISO reader also takes forms like "2026-01-05T10:00"; a rule date is exactly a date.
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = value.toString();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!value.isString() || !shape.match(text).hasMatch() || !parsed.isValid()) {
        problems << QCoreApplication::translate("SegmentRules",
                                                "%1: expected a date YYYY-MM-DD, got %2")
                        .arg(path, describe(value));
        return std::nullopt;
    }
    return parsed;
}

} // namespace huellas::RuleValueReader
