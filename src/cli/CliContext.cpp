#include "CliContext.h"

#include <QCoreApplication>

namespace huellas::cli {

int Context::badUsage(const QString& message) const
{
    err << message << Qt::endl << QCoreApplication::translate("huellas-cli", "Try huellas-cli --help.") << Qt::endl;
    return BadUsage;
}

int Context::badInput(const QString& message) const
{
    err << message << Qt::endl;
    return BadInput;
}

int Context::databaseError(const QString& message) const
{
    err << message << Qt::endl;
    return DatabaseError;
}

} // namespace huellas::cli
