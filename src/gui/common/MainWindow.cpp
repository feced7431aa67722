#include "MainWindow.h"

#include "core/AppIdentity.h"
#include "gui/common/MessageBox.h"
#include "gui/owners/OwnersView.h"
#include "storage/Database.h"
#include "storage/OwnerRepository.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>

namespace huellas {

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent), m_database(database), m_owners(new OwnersView(database, this)),
      m_count(new QLabel(this))
{
    setWindowTitle(tr("Huellas CRM — Puerto Morelos Clinic and Store"));
    setCentralWidget(m_owners);
    m_count->setObjectName(QStringLiteral("ownerCountLabel"));
    statusBar()->addWidget(m_count);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Huellas CRM"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));

    resize(1180, 720);
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    auto count = OwnerRepository(m_database).count();
    m_count->setText(count ? tr("%1 owners").arg(QLocale().toString(*count)) : count.error());
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Huellas CRM"),
                            tr("Huellas CRM %1\nCustomer relationships for the veterinary clinic and "
                               "pet store of Puerto Morelos.\nDatabase: %2")
                                .arg(AppIdentity::version(), m_database.path()));
}

} // namespace huellas
