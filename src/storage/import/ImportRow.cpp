#include "ImportRow.h"

#include "ImportText.h"
#include "core/LocalTime.h"
#include "core/Money.h"

#include <QRegularExpression>

#include <optional>

namespace huellas {
namespace {

// The exporter's guard against spreadsheet formulas (see OwnerCsvExporter::guardFormula).
QString withoutFormulaGuard(const QString& cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && triggers.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

// C0, DEL and C1 controls, except the tab, CR and LF a quoted cell may hold.
std::optional<QChar> controlCharacterIn(const QString& cell)
{
    for (const QChar c : cell)
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t') &&
            c != QLatin1Char('\r') && c != QLatin1Char('\n'))
            return c;
    return std::nullopt;
}

} // namespace

ImportRow::ImportRow(const QString& fileName, const CsvHeader& header, const CsvRecord& record,
                     QChar tagSeparator, ImportProblems& errors)
    : m_fileName(fileName), m_header(header), m_record(record), m_tagSeparator(tagSeparator),
      m_errors(errors)
{
}

QString ImportRow::message(const QString& fileName, int line, const QString& column,
                           const QString& reason, const QString& value)
{
    // An empty cell has no value worth quoting: "pets.csv:4: owner_external_id: required".
    if (value.isEmpty())
        return ImportText::tr("%1:%2: %3: %4").arg(fileName).arg(line).arg(column, reason);
    return ImportText::tr("%1:%2: %3: %4 (%5)").arg(fileName).arg(line).arg(column, reason, value);
}

bool ImportRow::refuseControlCharacters()
{
    bool clean = true;
    for (qsizetype cell = 0; cell < m_record.cells.size(); ++cell) {
        const QString column = m_header.columnAt(cell);
        if (column.isEmpty())
            continue;
        if (const auto c = controlCharacterIn(m_record.cells.at(cell))) {
            const QString code =
                QStringLiteral("U+%1").arg(c->unicode(), 4, 16, QLatin1Char('0')).toUpper();
            m_errors << message(m_fileName, m_record.line, column,
                                ImportText::tr("control character"), code);
            ++m_problems;
            clean = false;
        }
    }
    return clean;
}

void ImportRow::fail(const char* column, const QString& reason, const QString& value)
{
    m_errors << message(m_fileName, m_record.line, QLatin1String(column), reason, value);
    ++m_problems;
}

void ImportRow::check(const QStringList& problems)
{
    if (!writable())
        return;
    for (const QString& problem : problems)
        m_errors << ImportText::tr("%1:%2: %3").arg(m_fileName).arg(m_record.line).arg(problem);
    m_problems += int(problems.size());
}

QString ImportRow::text(const char* column) const
{
    const qsizetype index = m_header.indexOf(QLatin1String(column));
    return index < 0 ? QString() : withoutFormulaGuard(m_record.cells.at(index));
}

QString ImportRow::textOr(const char* column, const QString& fallback) const
{
    const QString cell = text(column);
    return cell.isEmpty() ? fallback : cell;
}

QString ImportRow::key(const char* column, Need need)
{
    const QString value = text(column).trimmed();
    if (value.isEmpty() && need == Need::Required)
        fail(column, ImportText::tr("required"), value);
    return value;
}

QDate ImportRow::date(const char* column)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString value = text(column).trimmed();
    if (value.isEmpty())
        return {};
    const QDate parsed =
        isoDate.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!parsed.isValid())
        fail(column, ImportText::tr("not a date YYYY-MM-DD"), value);
    return parsed;
}

QDate ImportRow::pastDate(const char* column, const QDate& today)
{
    const QDate parsed = date(column);
    if (parsed.isValid() && parsed > today) {
        fail(column, ImportText::tr("the date is in the future"), text(column).trimmed());
        return {};
    }
    return parsed;
}

QDateTime ImportRow::timestamp(const char* column, Need need)
{
    const QString value = text(column).trimmed();
    if (value.isEmpty()) {
        if (need == Need::Required)
            fail(column, ImportText::tr("required"), value);
        return {};
    }
    const QDateTime parsed = LocalTime::parseTimestamp(value);
    if (!parsed.isValid())
        fail(column, ImportText::tr("not an ISO 8601 date and time"), value);
    return parsed;
}

bool ImportRow::boolean(const char* column, bool fallback)
{
    const QString value = text(column).trimmed().toLower();
    if (value.isEmpty())
        return fallback;
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("sí"),
                                 QStringLiteral("si"), QStringLiteral("yes")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no")};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    fail(column, ImportText::tr("not a yes/no value (true/false, 1/0, sí/no, yes/no)"),
         text(column));
    return fallback;
}

qint64 ImportRow::amount(const char* column)
{
    const QString value = text(column).trimmed();
    if (value.isEmpty())
        return 0;
    // Money::parse drops ',' as a thousands separator; in a file "12,50" means 12.50 to a
    // Spanish Excel, so a comma is refused rather than read as 1250.
    auto parsed =
        value.contains(QLatin1Char(',')) ? failure<qint64>(QString()) : Money::parse(value);
    if (!parsed) {
        fail(column, ImportText::tr("not an amount in pesos with a '.' decimal point"), value);
        return 0;
    }
    if (*parsed < 0) {
        fail(column, ImportText::tr("an amount cannot be negative"), value);
        return 0;
    }
    return *parsed;
}

QString ImportRow::choice(const char* column, ChoiceList list, const QString& fallback)
{
    const QString value = text(column).trimmed();
    if (value.isEmpty())
        return fallback;
    for (const Choice& choice : choices(list))
        if (value.compare(QLatin1String(choice.key), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(choice.key);
    fail(column,
         ImportText::tr("unknown value, expected one of %1")
             .arg(choiceKeys(list).join(QLatin1String(", "))),
         value);
    return fallback;
}

QStringList ImportRow::tags(const char* column)
{
    QStringList tags;
    for (const QString& tag : text(column).split(m_tagSeparator)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !tags.contains(trimmed))
            tags << trimmed;
    }
    return tags;
}

ExternalIdIndex::Entry ImportRow::reference(const char* column, ExternalIdIndex& index, Need need,
                                            qint64 ownerId)
{
    const QString externalId = key(column, need);
    if (externalId.isEmpty())
        return {};
    const std::optional<ExternalIdIndex::Entry> entry = index.find(externalId);
    if (!entry) {
        fail(column, ImportText::tr("not found in the imported files nor in the database"),
             externalId);
        return {};
    }
    if (entry->id == 0) {
        m_skipped = true;
        return {};
    }
    if (ownerId > 0 && entry->ownerId != ownerId) {
        fail(column, ImportText::tr("belongs to another owner"), externalId);
        return {};
    }
    return *entry;
}

} // namespace huellas
