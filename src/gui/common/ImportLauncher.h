#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace huellas {

class Database;
class DatabaseTask;
struct ImportProgress;

// Archivo → Importar CSV…: the receptionist picks the DOMAIN.md files (owners.csv, pets.csv,
// …), the import runs on a worker with its own connection while a progress dialog names the
// file and the rows read, and Cancelar rolls everything back. All or nothing, as in the CLI:
// a file with problems writes nothing and the first problems are listed.
class ImportLauncher final : public QObject
{
    Q_OBJECT

public:
    ImportLauncher(Database& database, QWidget* window, QObject* parent = nullptr);
    ~ImportLauncher() override;

    void start();
    bool isRunning() const;

signals:
    // Rows were written: the lists, the follow-ups and the dashboard want a reload.
    void imported();

private:
    void showProgress(const ImportProgress& progress);
    void finish(bool ok, const QString& text);

    Database& m_database;
    QPointer<QWidget> m_window;
    QProgressDialog* m_progress = nullptr;
    DatabaseTask* m_task = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace huellas
