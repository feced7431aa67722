#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>
#include <utility>

namespace huellas::FileDialog {
namespace {

// The answer a test queued for the next dialog of this kind: a file name or a list of them.
template <typename Answer>
std::optional<Answer>& queued()
{
    static std::optional<Answer> next;
    return next;
}

// Used once: the dialog after it opens again.
template <typename Answer>
std::optional<Answer> takeQueued()
{
    return std::exchange(queued<Answer>(), std::nullopt);
}

} // namespace

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                     const QString& filter)
{
    if (auto answer = takeQueued<QString>())
        return *answer;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName),
                                        filter);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                     const QString& filter)
{
    if (auto answer = takeQueued<QString>())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QStringList openFileNames(QWidget* parent, const QString& caption, const QString& folder,
                          const QString& filter)
{
    if (auto answer = takeQueued<QStringList>())
        return *answer;
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

void setNextFileNames(const QStringList& paths)
{
    queued<QStringList>() = paths;
}

void setNextFileName(const QString& path)
{
    queued<QString>() = path;
}

} // namespace huellas::FileDialog
