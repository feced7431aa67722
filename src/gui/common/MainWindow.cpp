#include "MainWindow.h"

#include "core/AppIdentity.h"
#include "core/AppSettings.h"
#include "gui/common/MessageBox.h"
#include "gui/common/SettingsDialog.h"
#include "gui/common/StatusBanner.h"
#include "gui/owners/OwnersView.h"
#include "storage/DailyBackup.h"
#include "storage/Database.h"
#include "storage/MetricsRefresher.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace huellas {

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent), m_database(database), m_banner(new StatusBanner(this)),
      m_sections(new QStackedWidget(this)),
      m_owners(new OwnersView(database, this)), m_sectionActions(new QActionGroup(this)),
      m_followUpBadge(new QToolButton(this)), m_status(new QLabel(this)),
      m_busyLabel(new QLabel(this)), m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Huellas CRM — Puerto Morelos Clinic and Store"));
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->addWidget(m_owners);
    m_sections->addWidget(placeholder(tr("The interaction log appears here.")));
    m_sections->addWidget(placeholder(tr("Customer segments appear here.")));
    m_sections->addWidget(placeholder(tr("The CRM dashboard appears here.")));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_sections, 1);
    setCentralWidget(central);
    if (database.isReadOnly())
        m_banner->setMessage(StatusBanner::Concern::ReadOnly,
                             tr("Read only: %1 cannot be written here (file, folder or disk). You can "
                                "look up everything; nothing can be saved.")
                                 .arg(database.displayName()));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0); // busy: how long a set-based statement takes is not known
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    statusBar()->addWidget(m_busyLabel);
    statusBar()->addWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_status);
    setBusyMessage({});

    createSectionBar();
    createActions();
    connect(m_owners, &OwnersView::ownerActivated, this, &MainWindow::ownerOpenRequested);
    connect(m_owners, &OwnersView::newOwnerRequested, this, &MainWindow::newOwnerRequested);
    connect(m_owners, &OwnersView::countsChanged, this, &MainWindow::refreshStatus);
    resize(1280, 760);
    refreshStatus();
    setFollowUpCount(0);
}

QWidget* MainWindow::placeholder(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    return label;
}

void MainWindow::setSectionWidget(Section section, QWidget* widget)
{
    QWidget* old = m_sections->widget(section);
    m_sections->insertWidget(section, widget);
    m_sections->removeWidget(old);
    old->deleteLater();
}

void MainWindow::createSectionBar()
{
    QToolBar* bar = addToolBar(tr("Sections"));
    bar->setObjectName(QStringLiteral("sectionBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const struct
    {
        Section section;
        QString text;
        const char* name;
        Qt::Key key;
    } sections[] = {
        {Owners, tr("Owners"), "actionShowOwners", Qt::Key_F2},
        {Interactions, tr("Interactions"), "actionShowInteractions", Qt::Key_F3},
        {Segments, tr("Segments"), "actionShowSegments", Qt::Key_F4},
        {Dashboard, tr("Dashboard"), "actionShowDashboard", Qt::Key_F5},
    };
    for (const auto& s : sections) {
        QAction* action = bar->addAction(QStringLiteral("%1  %2").arg(s.text, QKeySequence(s.key).toString(QKeySequence::NativeText)));
        action->setObjectName(QLatin1String(s.name));
        action->setShortcut(s.key);
        action->setCheckable(true);
        action->setData(s.section);
        m_sectionActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, section = s.section] { showSection(section); });
    }
    m_sectionActions->actions().first()->setChecked(true);

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_followUpBadge->setObjectName(QStringLiteral("followUpBadge"));
    m_followUpBadge->setAutoRaise(true);
    connect(m_followUpBadge, &QToolButton::clicked, this, &MainWindow::nextFollowUpRequested);
    bar->addWidget(m_followUpBadge);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newOwner = file->addAction(tr("&New owner"), this, &MainWindow::newOwnerRequested);
    newOwner->setObjectName(QStringLiteral("actionNewOwner"));
    newOwner->setShortcut(QKeySequence::New);
    QAction* logInteraction = file->addAction(tr("&Log interaction"), this, [this] {
        emit logInteractionRequested(currentSection() == Owners ? m_owners->currentOwnerId() : 0);
    });
    logInteraction->setObjectName(QStringLiteral("actionLogInteraction"));
    logInteraction->setShortcut(Qt::CTRL | Qt::Key_I);
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import CSV files…"), this, &MainWindow::importRequested);
    import->setObjectName(QStringLiteral("actionImportCsv"));
    import->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    import->setEnabled(!m_database.isReadOnly());
    QAction* restore = file->addAction(tr("&Restore backup…"), this, &MainWindow::restoreBackupRequested);
    restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    restore->setEnabled(!m_database.isReadOnly());
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* find = go->addAction(tr("&Find"), this, [this] {
        // In the interaction log Ctrl+F searches the log; everywhere else it finds an owner.
        if (currentSection() == Interactions) {
            if (auto* search = m_sections->currentWidget()->findChild<QLineEdit*>(QStringLiteral("interactionSearchEdit"))) {
                search->setFocus(Qt::ShortcutFocusReason);
                search->selectAll();
                return;
            }
        }
        showSection(Owners);
        m_owners->focusSearch();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction* nextFollowUp = go->addAction(tr("&Next follow-up"), this, &MainWindow::nextFollowUpRequested);
    nextFollowUp->setObjectName(QStringLiteral("actionNextFollowUp"));
    nextFollowUp->setShortcut(Qt::CTRL | Qt::Key_J);
    go->addSeparator();
    go->addActions(m_sectionActions->actions());
    QAction* refresh = go->addAction(tr("&Refresh"), this, [this] { m_owners->reload(); });
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(Qt::CTRL | Qt::Key_R); // F5 is the dashboard

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Huellas CRM"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

MainWindow::Section MainWindow::currentSection() const { return Section(m_sections->currentIndex()); }

void MainWindow::showSection(Section section)
{
    m_sections->setCurrentIndex(section);
    for (QAction* action : m_sectionActions->actions())
        action->setChecked(action->data().toInt() == section);
    if (section == Owners)
        m_owners->focusSearch();
}

void MainWindow::setFollowUpCount(int count)
{
    m_followUpBadge->setText(count > 0 ? tr("Due today: (%1) ●").arg(count) : tr("Due today: none"));
    m_followUpBadge->setToolTip(
        tr("Follow-ups to attend: overdue, due today or without a date (Ctrl+J opens the next one)"));
}

void MainWindow::setBusyMessage(const QString& text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(!text.isEmpty());
    m_busyBar->setVisible(!text.isEmpty());
}

void MainWindow::refreshStatus()
{
    const QDate asOf = MetricsRefresher(m_database).asOf();
    m_status->setText(tr("Metrics as of %1 · %2").arg(QLocale().toString(asOf, QStringLiteral("dd/MM/yyyy")),
                                                     m_database.displayName()));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(DailyBackup::defaultFolder(m_database.path()), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Huellas CRM"),
                            tr("Huellas CRM %1\nCustomer relationships for the veterinary clinic and "
                               "pet store of Puerto Morelos.\nDatabase: %2")
                                .arg(AppIdentity::version(), m_database.displayName()));
}

} // namespace huellas
