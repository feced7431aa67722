#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace huellas::test {

// Writes a file byte for byte (line numbers in expected messages are often the point) and
// returns its path; fails the test process when it cannot.
inline QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace huellas::test
