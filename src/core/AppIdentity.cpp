#include "AppIdentity.h"

#include "core/Version.h"

#include <QCoreApplication>

namespace huellas::AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Huellas"));
    QCoreApplication::setApplicationName(QStringLiteral("huellas"));
    QCoreApplication::setApplicationVersion(version());
}

QString version() { return QStringLiteral(HUELLAS_VERSION); }

} // namespace huellas::AppIdentity
