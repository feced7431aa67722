#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace huellas {

class Database;
class OwnersView;
class StatusBanner;

// The desk's frame: sections Clientes (F2), Interacciones (F3), Segmentos (F4) and Tablero
// (F5), the follow-ups badge, the banner about the database itself (read-only, damaged), the
// status bar and the shortcuts for everything frequent.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { Owners, Interactions, Segments, Dashboard, SectionCount };

    explicit MainWindow(Database& database, QWidget* parent = nullptr);

    OwnersView* ownersView() const { return m_owners; }
    StatusBanner* banner() const { return m_banner; }
    Section currentSection() const;
    void showSection(Section section);
    // Places a section's widget (the features that own it call this once).
    void setSectionWidget(Section section, QWidget* widget);
    void setFollowUpCount(int count);
    // A long job under way ("Actualizando métricas…"), shown with a busy bar; empty: none.
    void setBusyMessage(const QString& text);

public slots:
    void refreshStatus();

signals:
    void newOwnerRequested();
    void logInteractionRequested(qint64 ownerId); // 0 = no owner chosen yet
    void nextFollowUpRequested();
    void ownerOpenRequested(qint64 ownerId);
    void restoreBackupRequested();
    void importRequested();

private:
    void createActions();
    void createSectionBar();
    QWidget* placeholder(const QString& text);
    void showAbout();
    void showSettings();

    Database& m_database;
    StatusBanner* m_banner;
    QStackedWidget* m_sections;
    OwnersView* m_owners;
    QActionGroup* m_sectionActions;
    QToolButton* m_followUpBadge;
    QLabel* m_status;
    QLabel* m_busyLabel;
    QProgressBar* m_busyBar;
};

} // namespace huellas
