#include "DemoWords.h"

#include "core/Choices.h"

#include <QCoreApplication>
#include <QFile>

namespace huellas {
namespace {


// The entries of :/demo/NAME.txt: one a line, blank lines and # comments skipped.
Result<QStringList> entries(const QString& name)
{
    QFile file(QStringLiteral(":/demo/%1.txt").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return failure<QStringList>(QCoreApplication::translate("DemoData", "The demo word list %1 is missing.").arg(name));
    QStringList lines;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString entry = line.trimmed();
        if (!entry.isEmpty() && !entry.startsWith(QLatin1Char('#')))
            lines << entry;
    }
    if (lines.isEmpty())
        return failure<QStringList>(QCoreApplication::translate("DemoData", "The demo word list %1 is empty.").arg(name));
    return lines;
}

// Entries split on '|' into exactly `fields` parts.
Result<QList<QStringList>> records(const QString& name, int fields)
{
    auto lines = entries(name);
    if (!lines)
        return failure<QList<QStringList>>(lines.error());
    QList<QStringList> result;
    for (const QString& line : *lines) {
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() != fields)
            return failure<QList<QStringList>>(
                QCoreApplication::translate("DemoData", "The demo word list %1 has a line without %2 fields: %3")
                    .arg(name)
                    .arg(fields)
                    .arg(line));
        result << parts;
    }
    return result;
}

// Reads one list into `target`, remembering the first failure so that load() stays flat.
class Loader
{
public:
    void list(const char* name, QStringList& target)
    {
        if (!m_error.isEmpty())
            return;
        auto lines = entries(QLatin1String(name));
        if (lines)
            target = *lines;
        else
            m_error = lines.error();
    }

    QList<QStringList> table(const char* name, int fields)
    {
        if (!m_error.isEmpty())
            return {};
        auto rows = records(QLatin1String(name), fields);
        if (!rows) {
            m_error = rows.error();
            return {};
        }
        return *rows;
    }

    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    const QString& error() const { return m_error; }

private:
    QString m_error;
};

void loadOccupations(Loader& loader, DemoWords& words)
{
    QStringList lines;
    loader.list("occupations", lines);
    for (const QString& line : lines) {
        const QStringList forms = line.split(QLatin1Char('|'));
        words.occupations << DemoOccupation{forms.first(), forms.last()};
    }
}

void loadReasons(Loader& loader, DemoWords& words)
{
    for (const QStringList& row : loader.table("appointment_reasons", 4)) {
        DemoReason reason{row[0].split(QLatin1Char(',')), row[1], row[2].toInt(), row[3].toInt()};
        if (reason.lowestPesos <= 0 || reason.highestPesos < reason.lowestPesos)
            loader.fail(
                QCoreApplication::translate("DemoData", "The demo appointment reason %1 has a bad price range.").arg(reason.text));
        for (const QString& species : choiceKeys(ChoiceList::Species))
            if (reason.species.contains(QStringLiteral("*")) || reason.species.contains(species))
                words.reasons[species] << reason;
    }
}

void loadInteractionTexts(Loader& loader, DemoWords& words)
{
    for (const QStringList& row : loader.table("interaction_texts", 6))
        words.interactionTexts[row[0]]
            << DemoInteractionText{row[1], row[2], row[3], row[4], row[5]};
}

void loadKeyed(Loader& loader, const char* name, QMap<QString, QStringList>& target)
{
    for (const QStringList& row : loader.table(name, 2))
        target[row[0]] << row[1];
}

void loadBreeds(Loader& loader, DemoWords& words)
{
    for (const QString& species : choiceKeys(ChoiceList::Species))
        loader.list(qPrintable(QStringLiteral("breeds_") + species), words.breeds[species]);
}

// Every key the generator draws from must have entries: an empty pick would be a crash, not
// an error message.
void checkCoverage(Loader& loader, const DemoWords& words)
{
    const auto require = [&loader](bool present, const char* list, const QString& key) {
        if (!present)
            loader.fail(
                QCoreApplication::translate("DemoData", "The demo word list %1 has no entry for %2.").arg(QLatin1String(list), key));
    };
    for (const QString& source : choiceKeys(ChoiceList::AcquisitionSource))
        if (source != QLatin1String("referral"))
            require(!words.acquisitionDetails.value(source).isEmpty(), "acquisition_details",
                    source);
    for (const QString& channel : choiceKeys(ChoiceList::ConversationChannel))
        require(!words.conversationSubjects.value(channel).isEmpty(), "conversation_subjects",
                channel);
    for (const QString& species : choiceKeys(ChoiceList::Species))
        require(!words.reasons.value(species).isEmpty(), "appointment_reasons", species);
}

} // namespace

Result<DemoWords> DemoWords::load()
{
    DemoWords w;
    Loader loader;
    loader.list("first_names_female", w.femaleNames);
    loader.list("first_names_male", w.maleNames);
    loader.list("last_names", w.lastNames);
    loader.list("expat_first_names_female", w.expatFemaleNames);
    loader.list("expat_first_names_male", w.expatMaleNames);
    loader.list("expat_last_names", w.expatLastNames);
    loader.list("neighborhoods", w.neighborhoods);
    loader.list("neighborhoods_cancun", w.neighborhoodsCancun);
    loader.list("neighborhoods_playa", w.neighborhoodsPlaya);
    loader.list("streets", w.streets);
    loader.list("streets_cancun", w.streetsCancun);
    loader.list("streets_playa", w.streetsPlaya);
    loader.list("pet_names", w.petNames);
    loader.list("pet_names_female", w.petNamesFemale);
    loader.list("pet_names_male", w.petNamesMale);
    loader.list("location_notes", w.locationNotes);
    loader.list("owner_notes", w.ownerNotes);
    loader.list("internal_notes", w.internalNotes);
    loadBreeds(loader, w);
    loadOccupations(loader, w);
    loadReasons(loader, w);
    loadInteractionTexts(loader, w);
    loadKeyed(loader, "acquisition_details", w.acquisitionDetails);
    loadKeyed(loader, "conversation_subjects", w.conversationSubjects);
    checkCoverage(loader, w);
    if (!loader.error().isEmpty())
        return failure<DemoWords>(loader.error());
    return w;
}

} // namespace huellas
