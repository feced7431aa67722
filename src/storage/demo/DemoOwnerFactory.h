#pragma once

#include "DemoCalendar.h"
#include "DemoHousehold.h"
#include "DemoRandom.h"
#include "DemoWords.h"

namespace huellas {

// Makes the owners: Spanish names with two surnames (and a few English-speaking residents),
// e-mails folded from the names, +52 998 phones, Puerto Morelos addresses, how they found the
// clinic, tier, preferences and notes.
class DemoOwnerFactory final
{
public:
    DemoOwnerFactory(const DemoWords& words, DemoRandom& random, DemoCalendar& calendar)
        : m_words(words), m_random(random), m_calendar(calendar)
    {
    }

    // A household whose owner joined on `joined`; pets and history come later, tags last.
    DemoHousehold make(qint64 ownerId, const QDate& joined);
    // Marks the owner as referred by an earlier one.
    void referBy(DemoHousehold& household, const DemoReferrer& referrer);
    // Tags that agree with the household's live pets (dog-owner, senior-pet, ...) and tier.
    QStringList tagsFor(const DemoHousehold& household);

    // A surname-friendly ASCII form: "Ana María Ñeco" → "anamarianeco".
    static QString asciiFolded(const QString& text);

private:
    // Returns whether the name is a woman's (the occupation agrees with it).
    bool giveName(Owner& owner, bool expat);
    QString emailFor(const Owner& owner, bool expat);
    QString phoneNumber();
    void givePhones(Owner& owner);
    void giveAddress(Owner& owner);
    void giveAcquisition(Owner& owner);
    QString tierFor(const QDate& joined);
    void givePreferences(Owner& owner, bool expat);
    void planActivity(DemoHousehold& household);

    const DemoWords& m_words;
    DemoRandom& m_random;
    DemoCalendar& m_calendar;
};

} // namespace huellas
