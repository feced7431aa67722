#include "DatabaseCare.h"

#include "DatabaseTask.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StatusBanner.h"
#include "core/AppSettings.h"
#include "core/LocalTime.h"
#include "storage/DailyBackup.h"
#include "storage/Database.h"
#include "storage/DatabaseRestore.h"
#include "storage/IntegrityCheck.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>

namespace huellas {
namespace {

DailyBackup::Policy backupPolicy()
{
    return {AppSettings::instance().backupFolder(), AppSettings::instance().backupsKept()};
}

// The job's text is empty when the file is sound, else what was found, one problem a line.
Result<QString> integrityJob(Database& database)
{
    auto problems = IntegrityCheck::problems(database);
    if (!problems)
        return failure<QString>(problems.error());
    return problems->join(QLatin1Char('\n'));
}

constexpr int detailLines = 40;

} // namespace

DatabaseCare::DatabaseCare(Database& database, MainWindow& window)
    : QObject(&window), m_database(database), m_window(window),
      m_integrity(new DatabaseTask(database.spec(), integrityJob, this)),
      m_backup(new DatabaseTask(
          database.spec(),
          [policy = backupPolicy()](Database& db) {
              return DailyBackup::runIfDue(db, policy, LocalTime::today());
          },
          this))
{
    connect(m_integrity, &DatabaseTask::finished, this, [this](bool ok, const QString& found) {
        const bool sound = ok && found.isEmpty();
        const QStringList problems = found.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        m_window.banner()->setMessage(
            StatusBanner::Concern::Damage,
            sound ? QString()
                  : tr("The database file is damaged: the check found %1 problems (the first: %2). "
                       "Use it only to look things up, and restore the latest backup: File → "
                       "Restore backup…")
                        .arg(problems.size())
                        .arg(problems.value(0)),
            problems.mid(0, detailLines).join(QLatin1Char('\n')));
        emit integrityChecked(sound);
        // A damaged file is not backed up over the good copies of the last days.
        if (sound && !m_database.isReadOnly())
            startDailyBackup();
    });
    connect(m_backup, &DatabaseTask::finished, this, [this](bool ok, const QString& text) {
        m_window.banner()->setMessage(
            StatusBanner::Concern::Backup,
            ok ? QString() : tr("Today's automatic backup failed: %1").arg(text));
        emit dailyBackupDone(ok, text);
    });
    connect(&window, &MainWindow::restoreBackupRequested, this, &DatabaseCare::restoreBackup);
}

// The integrity check, the daily copy and the restore work on an SQLite file. A PostgreSQL
// server checks its own pages and is backed up with pg_dump (docs/STORAGE.md).
void DatabaseCare::startBackgroundChecks()
{
    if (!m_database.spec().isSqlite())
        return;
    if (!m_integrity->isRunning())
        m_integrity->start();
}

void DatabaseCare::startDailyBackup()
{
    if (!m_database.spec().isSqlite())
        return;
    if (!m_backup->isRunning())
        m_backup->start();
}

bool DatabaseCare::isBusy() const
{
    return m_integrity->isRunning() || m_backup->isRunning() || (m_restore && m_restore->isRunning());
}

void DatabaseCare::restoreBackup()
{
    if ((m_restore && m_restore->isRunning()) || !m_database.spec().isSqlite())
        return;
    const QString folder = DailyBackup::folderOf(m_database.path(), backupPolicy());
    const QString chosen =
        FileDialog::openFileName(&m_window, tr("Restore backup"), folder,
                                 tr("Huellas CRM databases (*.sqlite);;All files (*)"));
    if (chosen.isEmpty())
        return;
    if (auto checked = DatabaseRestore::check(chosen, m_database.path()); !checked)
        return MessageBox::critical(&m_window, tr("Restore backup"), checked.error());
    const QString when =
        QLocale().toString(QFileInfo(chosen).lastModified(), QStringLiteral("dd/MM/yyyy HH:mm"));
    if (MessageBox::question(&m_window, tr("Restore backup"),
                             tr("Replace all the data with the backup %1 (saved %2)?\n\nThe current "
                                "database is kept as a dated copy beside it, so nothing is lost. "
                                "The other workstations see the restored data at once.")
                                 .arg(QFileInfo(chosen).fileName(), when)) != QMessageBox::Yes)
        return;
    auto* progress = new QProgressDialog(tr("Restoring the backup…"), QString(), 0, 0, &m_window);
    progress->setObjectName(QStringLiteral("restoreProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();
    delete m_restore;
    m_restore = new DatabaseTask(
        m_database.spec(),
        [chosen](Database& db) { return DatabaseRestore::restore(db, chosen); }, this);
    connect(m_restore, &DatabaseTask::finished, progress, &QObject::deleteLater);
    connect(m_restore, &DatabaseTask::finished, this, &DatabaseCare::showRestoreResult);
    m_restore->start();
}

void DatabaseCare::showRestoreResult(bool ok, const QString& text)
{
    // This window's own connection sees the new file; a newer schema was migrated by the task.
    if (ok) {
        (void)m_database.reloadSchema();
        m_window.banner()->setMessage(StatusBanner::Concern::Damage, {});
        MessageBox::information(&m_window, tr("Restore backup"),
                                tr("The backup was restored. The previous database was kept as %1.")
                                    .arg(text));
    } else {
        MessageBox::critical(&m_window, tr("Restore backup"), text);
    }
    emit restored(ok);
}

} // namespace huellas
