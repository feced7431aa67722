#include "DatabaseTask.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace huellas {

DatabaseTask::DatabaseTask(const ConnectionSpec& connection, Job job, QObject* parent)
    : QObject(parent), m_connection(connection), m_job(std::move(job))
{
}

DatabaseTask::~DatabaseTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool DatabaseTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DatabaseTask::start()
{
    Q_ASSERT(!isRunning());
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    QPointer<DatabaseTask> self(this);
    m_thread = QThread::create([self, connection = m_connection, job = m_job] {
        bool ok = false;
        QString text;
        {
            // Opened and closed on this thread: a connection belongs to the thread that made it.
            auto opened = Database::open(connection);
            if (!opened) {
                text = opened.error();
            } else {
                auto result = job(**opened);
                ok = result.ok();
                text = ok ? *result : result.error();
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, text] {
                if (self)
                    emit self->finished(ok, text);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("databaseTask"));
    m_thread->start();
}

} // namespace huellas
