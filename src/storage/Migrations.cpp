#include "Migrations.h"

#include "SqlDialect.h"

#include <QDir>
#include <QFile>

namespace huellas::Migrations {

QStringList scripts(const SqlDialect& dialect)
{
    const QDir folder(dialect.migrationsFolder());
    QStringList texts;
    for (const QString& name : folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    return texts;
}

QStringList statements(const SqlDialect& dialect, const QString& script)
{
    if (dialect.runsScriptsWhole())
        return {script};
    QStringList result;
    QString current;
    bool inTriggerBody = false;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed == QLatin1String("BEGIN"))
            inTriggerBody = true;
        const bool ends = inTriggerBody ? trimmed == QLatin1String("END;")
                                        : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            result << current.trimmed().chopped(1);
            current.clear();
            inTriggerBody = false;
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

} // namespace huellas::Migrations
