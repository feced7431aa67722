#pragma once

#include "core/Records.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace huellas {

// Everything segment rules read about one owner, as plain values: what the in-memory matcher
// works on (and what tests hold the SQL compiler against).
struct OwnerSnapshot
{
    QString tier = QStringLiteral("new");
    QSet<QString> tags;
    qint64 lifetimeValue = 0;              // centavos
    std::optional<int> daysSinceLastVisit; // none when never visited
    QString churnRisk = QStringLiteral("low");
    bool emailOptIn = false;
    bool smsOptIn = false;
    bool whatsappOptIn = true;
    QString acquisitionSource;
    QString city = QStringLiteral("Puerto Morelos");
    QString neighborhood;
    QString preferredLanguage = QStringLiteral("es");
    int engagementScore = 0;
    int totalVisits = 0;
    QSet<QString> livePetSpecies; // species of the pets that are not deceased
    bool hasReferrer = false;
    QDateTime createdAt; // UTC

    // The snapshot of a stored owner (with its derived metrics) and all of its pets.
    static OwnerSnapshot of(const Owner& owner, const QList<Pet>& pets);
};

} // namespace huellas
