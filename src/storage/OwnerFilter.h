#pragma once

#include <QString>
#include <QVariantMap>

namespace huellas {

// A condition on the owners table aliased "o", built by code (the segment rule compiler or a
// list filter) with every value in `params`. An empty condition selects every owner.
struct OwnerFilter
{
    QString condition;
    QVariantMap params;

    // " WHERE condition", or nothing for every owner: the one way statements append it.
    QString whereClause() const { return condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition; }
};

} // namespace huellas
