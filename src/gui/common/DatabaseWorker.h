#pragma once

#include "core/Result.h"
#include "storage/ConnectionSpec.h"

#include <QAtomicInt>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace huellas {

class Database;

// A thread with its own connection to the database that runs read jobs one after the
// other, in the order they were asked for, and answers on the thread that owns this object —
// DB Browser for SQLite's RowLoader design: the window asks, never waits. The connection is
// opened on the first job and closed on the worker's thread when this object goes.
//
// Destroying the worker drops the jobs still queued and waits for the one running.
class DatabaseWorker final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWorker(ConnectionSpec connection, QObject* parent = nullptr);
    ~DatabaseWorker() override;

    const ConnectionSpec& connection() const { return m_connection; }

    // Runs `job` on the worker's connection, then `done` with its result on this object's
    // thread. `stillWanted` (may be empty) is asked on the worker just before the job starts,
    // so that a request a newer one made stale costs nothing.
    template <typename T>
    void run(std::function<bool()> stillWanted, std::function<Result<T>(Database&)> job,
             std::function<void(const Result<T>&)> done)
    {
        post([this, stillWanted = std::move(stillWanted), job = std::move(job),
              done = std::move(done)](Database* database, const QString& openError) {
            if (stillWanted && !stillWanted())
                return;
            Result<T> result = database ? job(*database) : failure<T>(openError);
            QMetaObject::invokeMethod(
                this, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
        });
    }

private:
    using Task = std::function<void(Database* database, const QString& openError)>;
    void post(Task task);
    void runOnWorker(const Task& task); // on m_thread

    const ConnectionSpec m_connection;
    QThread m_thread;
    QObject* m_context; // lives on m_thread: the queue the jobs wait in
    std::unique_ptr<Database> m_database; // used on m_thread only
    QAtomicInt m_stopping;
};

} // namespace huellas
