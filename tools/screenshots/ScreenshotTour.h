#pragma once

#include <QDir>
#include <QObject>

#include <functional>

namespace huellas {

class MainWindow;

// Walks the real main window through every screen and saves what a person sees as PNGs
// (docs/screenshots). Modal dialogs are photographed from a timer while they are open.
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow& window, QDir folder);
    void run();

private:
    void save(QWidget* widget, const QString& name);
    void waitFor(int milliseconds);
    // Starts `open` (which shows a modal dialog); `photograph` runs on the open dialog.
    void captureModal(const std::function<void()>& open, const std::function<void(QWidget*)>& photograph);

    MainWindow& m_window;
    QDir m_folder;
};

} // namespace huellas
