#include "OwnerSnapshot.h"

namespace huellas {

OwnerSnapshot OwnerSnapshot::of(const Owner& owner, const QList<Pet>& pets)
{
    OwnerSnapshot s;
    s.tier = owner.tier;
    s.tags = QSet<QString>(owner.tags.cbegin(), owner.tags.cend());
    s.lifetimeValue = owner.metrics.lifetimeValue;
    s.daysSinceLastVisit = owner.metrics.daysSinceLastVisit;
    s.churnRisk = owner.metrics.churnRisk;
    s.emailOptIn = owner.emailOptIn;
    s.smsOptIn = owner.smsOptIn;
    s.whatsappOptIn = owner.whatsappOptIn;
    s.acquisitionSource = owner.acquisitionSource;
    s.city = owner.city;
    s.neighborhood = owner.neighborhood;
    s.preferredLanguage = owner.preferredLanguage;
    s.engagementScore = owner.metrics.engagementScore;
    s.totalVisits = owner.metrics.totalVisits;
    for (const Pet& pet : pets)
        if (!pet.deceased)
            s.livePetSpecies.insert(pet.species);
    s.hasReferrer = owner.referredBy > 0;
    s.createdAt = owner.createdAt;
    return s;
}

} // namespace huellas
