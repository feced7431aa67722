#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace huellas::FileDialog {
namespace {

std::optional<QString>& nextFileName()
{
    static std::optional<QString> next;
    return next;
}

std::optional<QStringList>& nextFileNames()
{
    static std::optional<QStringList> next;
    return next;
}

} // namespace

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                     const QString& filter)
{
    if (auto& next = nextFileName(); next) {
        const QString answer = *next;
        next.reset();
        return answer;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName),
                                        filter);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                     const QString& filter)
{
    if (auto& next = nextFileName(); next) {
        const QString answer = *next;
        next.reset();
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QStringList openFileNames(QWidget* parent, const QString& caption, const QString& folder,
                          const QString& filter)
{
    if (auto& next = nextFileNames(); next) {
        const QStringList answer = *next;
        next.reset();
        return answer;
    }
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

void setNextFileNames(const QStringList& paths)
{
    nextFileNames() = paths;
}

void setNextFileName(const QString& path)
{
    nextFileName() = path;
}

} // namespace huellas::FileDialog
