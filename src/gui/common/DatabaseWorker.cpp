#include "DatabaseWorker.h"

#include "storage/Database.h"

namespace huellas {

DatabaseWorker::DatabaseWorker(ConnectionSpec connection, QObject* parent)
    : QObject(parent), m_connection(std::move(connection)), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("databaseWorker"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    m_stopping.storeRelease(1); // queued jobs return at once from now on
    // The connection belongs to the worker's thread: close it there.
    QMetaObject::invokeMethod(
        m_context, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void DatabaseWorker::post(Task task)
{
    QMetaObject::invokeMethod(
        m_context, [this, task = std::move(task)] { runOnWorker(task); }, Qt::QueuedConnection);
}

void DatabaseWorker::runOnWorker(const Task& task)
{
    if (m_stopping.loadAcquire())
        return;
    QString openError;
    if (!m_database) {
        // A second connection to the database the program already opened and checked. When
        // it fails (the file or the server went away), this job reports why and the next one tries again.
        auto opened = Database::open(m_connection);
        if (opened)
            m_database = std::move(opened).value();
        else
            openError = opened.error();
    }
    task(m_database.get(), openError);
}

} // namespace huellas
