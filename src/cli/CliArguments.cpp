#include "CliArguments.h"

#include <QCoreApplication>

namespace huellas::cli {

Arguments parseArguments(const QStringList& arguments, const QStringList& valueOptions,
                         const QStringList& flagOptions)
{
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            parsed.words << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagOptions.contains(name)) {
            parsed.options.insert(name, QStringLiteral("1"));
        } else if (valueOptions.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= arguments.size()) {
                    parsed.problem = QCoreApplication::translate("huellas-cli", "The option --%1 needs a value.").arg(name);
                    return parsed;
                }
                value = arguments.at(++i);
            }
            parsed.options.insert(name, value);
        } else {
            parsed.problem = QCoreApplication::translate("huellas-cli", "Unknown option --%1.").arg(name);
            return parsed;
        }
    }
    return parsed;
}

} // namespace huellas::cli
