#include "ScreenshotTour.h"

#include "gui/common/MainWindow.h"
#include "gui/owners/OwnerListModel.h"
#include "gui/owners/OwnersView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace huellas {

ScreenshotTour::ScreenshotTour(MainWindow& window, QDir folder) : m_window(window), m_folder(std::move(folder)) {}

void ScreenshotTour::waitFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

void ScreenshotTour::save(QWidget* widget, const QString& name)
{
    const QString path = m_folder.filePath(name + QStringLiteral(".png"));
    if (widget->grab().save(path))
        std::printf("%s\n", qPrintable(path));
    else
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
}

void ScreenshotTour::captureModal(const std::function<void()>& open, const std::function<void(QWidget*)>& photograph)
{
    QTimer::singleShot(1500, this, [photograph] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        photograph(dialog);
        // Close without saving: Escape asks nothing when nothing was typed.
        QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
    open();
}

void ScreenshotTour::run()
{
    waitFor(1500);
    save(&m_window, QStringLiteral("01-clientes"));

    OwnersView* owners = m_window.ownersView();
    owners->table()->setCurrentIndex(owners->model()->index(2, 0));
    captureModal([owners] { emit owners->ownerActivated(owners->currentOwnerId()); },
                 [this](QWidget* dialog) {
                     auto* tabs = dialog->findChild<QTabWidget*>();
                     const char* names[] = {"02-cliente-datos", "03-cliente-contacto"};
                     for (int i = 0; tabs && i < 2; ++i) {
                         tabs->setCurrentIndex(i);
                         waitFor(200);
                         save(dialog, QString::fromLatin1(names[i]));
                     }
                     if (tabs) {
                         for (int i = 0; i < tabs->count(); ++i)
                             if (tabs->tabText(i).contains(QStringLiteral("Histor")) || tabs->tabText(i).contains(QStringLiteral("History")))
                                 tabs->setCurrentIndex(i);
                         waitFor(200);
                         save(dialog, QStringLiteral("04-cliente-historial"));
                     }
                 });

    captureModal([this] { emit m_window.logInteractionRequested(m_window.ownersView()->currentOwnerId()); },
                 [this](QWidget* dialog) { save(dialog, QStringLiteral("05-registrar-interaccion")); });

    m_window.showSection(MainWindow::Interactions);
    waitFor(800);
    save(&m_window, QStringLiteral("06-interacciones"));

    m_window.showSection(MainWindow::Owners);
    emit m_window.nextFollowUpRequested();
    waitFor(800);
    save(&m_window, QStringLiteral("07-pendientes"));
    if (auto* dock = m_window.findChild<QDockWidget*>(QStringLiteral("followUpsDock")))
        dock->hide();

    m_window.showSection(MainWindow::Segments);
    waitFor(800);
    save(&m_window, QStringLiteral("08-segmentos"));
    captureModal([this] {
                     if (auto* table = m_window.findChild<QTableView*>(QStringLiteral("segmentsTable")))
                         table->setCurrentIndex(table->model()->index(0, 0));
                     if (auto* action = m_window.findChild<QAction*>(QStringLiteral("actionEditSegment")))
                         action->trigger();
                 },
                 [this](QWidget* dialog) { save(dialog, QStringLiteral("09-constructor-de-segmentos")); });

    m_window.showSection(MainWindow::Dashboard);
    waitFor(6000); // the dashboard loads off the UI thread
    save(&m_window, QStringLiteral("10-tablero"));

    captureModal([this] {
                     if (auto* action = m_window.findChild<QAction*>(QStringLiteral("actionSettings")))
                         action->trigger();
                 },
                 [this](QWidget* dialog) { save(dialog, QStringLiteral("13-preferencias")); });
}

} // namespace huellas
