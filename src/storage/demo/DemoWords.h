#pragma once

#include "core/Result.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace huellas {

struct DemoOccupation
{
    QString masculine;
    QString feminine;
};

struct DemoReason
{
    QStringList species; // "*" fits every species
    QString text;
    int lowestPesos = 0;
    int highestPesos = 0;
};

struct DemoInteractionText
{
    QString direction;
    QString sentiment;
    QString subject;
    QString summary;
    QString outcome;
};

// The Spanish word lists of resources/demo/, read once per run. Repeating a line in a file
// makes it more likely to be drawn.
struct DemoWords
{
    QStringList femaleNames, maleNames, lastNames;
    QStringList expatFemaleNames, expatMaleNames, expatLastNames;
    QStringList neighborhoods, neighborhoodsCancun, neighborhoodsPlaya;
    QStringList streets, streetsCancun, streetsPlaya;
    QStringList petNames, petNamesFemale, petNamesMale;
    QMap<QString, QStringList> breeds; // species key → breeds
    QList<DemoOccupation> occupations;
    QMap<QString, QStringList> acquisitionDetails; // source key → details
    QStringList locationNotes, ownerNotes, internalNotes;
    QMap<QString, QList<DemoReason>> reasons;                   // species key → fitting reasons
    QMap<QString, QStringList> conversationSubjects;            // channel → subjects
    QMap<QString, QList<DemoInteractionText>> interactionTexts; // kind → texts

    static Result<DemoWords> load();
};

} // namespace huellas
