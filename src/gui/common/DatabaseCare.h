#pragma once

#include <QObject>

namespace huellas {

class Database;
class DatabaseTask;
class MainWindow;

// Looks after the database file itself, always off the UI thread: after the window is up,
// the full integrity check (damage → the banner) and the daily backup (a failure → the banner);
// and Archivo → Restaurar respaldo…, which checks the chosen file, keeps the current database
// as a dated copy and replaces it, then tells the desk to read everything again.
class DatabaseCare final : public QObject
{
    Q_OBJECT

public:
    DatabaseCare(Database& database, MainWindow& window);

    // The integrity check and the daily backup; main() calls it once the window is shown.
    void startBackgroundChecks();
    void restoreBackup();
    bool isBusy() const;

signals:
    void integrityChecked(bool sound);
    void dailyBackupDone(bool ok, const QString& fileOrError);
    void restored(bool ok);

private:
    void startDailyBackup();
    void showRestoreResult(bool ok, const QString& text);

    Database& m_database;
    MainWindow& m_window;
    DatabaseTask* m_integrity;
    DatabaseTask* m_backup;
    DatabaseTask* m_restore = nullptr;
};

} // namespace huellas
