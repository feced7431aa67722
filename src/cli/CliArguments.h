#pragma once

#include <QMap>
#include <QStringList>

namespace huellas::cli {

// A command's "--name value" / "--name=value" options, flags, and bare words, left to right.
struct Arguments
{
    QMap<QString, QString> options;
    QStringList words; // words.first() is the command itself
    QString problem;   // set when the arguments are not usable

    bool has(const QString& name) const { return options.contains(name); }
    QString value(const QString& name) const { return options.value(name); }
};

Arguments parseArguments(const QStringList& arguments, const QStringList& valueOptions,
                         const QStringList& flagOptions);

} // namespace huellas::cli
