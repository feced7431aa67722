#pragma once

#include "core/Result.h"
#include "storage/ConnectionSpec.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace huellas {

class Database;

// One long job on a thread of its own with its own connection to the database file — the
// integrity check, the daily backup, a restore: work that reads the whole file and must never
// hold up the window. finished() arrives on the thread that started it. Destroying the task
// waits for the job (a job is not interrupted halfway).
class DatabaseTask final : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Result<QString>(Database& database)>;

    DatabaseTask(const ConnectionSpec& connection, Job job, QObject* parent = nullptr);
    ~DatabaseTask() override;

    void start();
    bool isRunning() const;

signals:
    // `text`: the job's result, or what went wrong (opening included).
    void finished(bool ok, const QString& text);

private:
    ConnectionSpec m_connection;
    Job m_job;
    QThread* m_thread = nullptr;
};

} // namespace huellas
