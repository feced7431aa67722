#include "ImportLauncher.h"

#include "DatabaseTask.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "storage/Database.h"
#include "storage/import/CsvImporter.h"
#include "storage/import/ImportProgress.h"
#include "storage/import/ImportSummary.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>

namespace huellas {
namespace {

constexpr int shownProblems = 15; // the rest are counted: a message box is not a log

// The job's answer travels as text: a success says what was written; a failure, why not.
Result<QString> describe(const Result<ImportReport>& report)
{
    if (!report)
        return failure<QString>(report.error());
    if (!report->ok()) {
        QStringList lines = report->errors.mid(0, shownProblems);
        if (report->problemCount > lines.size())
            lines << ImportLauncher::tr("… and %1 more.").arg(report->problemCount - lines.size());
        lines << QString()
              << ImportLauncher::tr("%1 problems found; nothing was imported. Correct the files and import them again.")
                     .arg(report->problemCount);
        return failure<QString>(lines.join(QLatin1Char('\n')));
    }
    QStringList lines{ImportLauncher::tr("Imported: %1").arg(ImportSummary::counts(*report))};
    lines << report->notices;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ImportLauncher::ImportLauncher(Database& database, QWidget* window, QObject* parent)
    : QObject(parent), m_database(database), m_window(window)
{
}

ImportLauncher::~ImportLauncher()
{
    if (m_cancel)
        *m_cancel = true; // closing the window mid-import rolls it back
    delete m_task;        // waits for the worker
}

bool ImportLauncher::isRunning() const
{
    return m_task && m_task->isRunning();
}

void ImportLauncher::start()
{
    if (isRunning())
        return;
    const QStringList files = FileDialog::openFileNames(
        m_window, tr("Import CSV files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    delete m_task;
    m_task = new DatabaseTask(
        m_database.spec(),
        [files, cancel = m_cancel, this](Database& database) -> Result<QString> {
            // A large file's import keeps its indexes in memory, as the command line's does.
            if (auto r = database.useCacheKiB(Database::bulkCacheKiB); !r)
                return failure<QString>(r.error());
            ImportObserver observer;
            observer.cancelRequested = [cancel] { return cancel->load(); };
            observer.progress = [this](const ImportProgress& progress) {
                // Safe from the worker: the launcher's destructor waits for the task to end.
                QMetaObject::invokeMethod(
                    this, [this, progress] { showProgress(progress); }, Qt::QueuedConnection);
            };
            return describe(CsvImporter(database).run(files, false, observer));
        });
    connect(m_task, &DatabaseTask::finished, this, &ImportLauncher::finish);

    m_progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(files.first()).fileName()), tr("Cancel"), 0,
                                     1000, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import CSV files"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        *m_cancel = true;
        m_progress->setLabelText(tr("Cancelling: undoing what was read…"));
    });
    m_task->start();
}

void ImportLauncher::showProgress(const ImportProgress& progress)
{
    if (!m_progress || *m_cancel)
        return;
    m_progress->setLabelText(tr("Importing %1: %2 rows")
                                 .arg(QFileInfo(progress.fileName).fileName(), QLocale().toString(progress.rows)));
    if (progress.bytesTotal > 0)
        m_progress->setValue(int(progress.bytesRead * 1000 / progress.bytesTotal));
}

void ImportLauncher::finish(bool ok, const QString& text)
{
    // Later, not now: a modal QProgressDialog::setValue() turns the event loop, so this can run
    // from inside showProgress()'s setValue on the very dialog.
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
    if (ok) {
        MessageBox::information(m_window, tr("Import CSV files"), text);
        emit imported();
    } else {
        MessageBox::warning(m_window, tr("Import CSV files"), text);
    }
}

} // namespace huellas
