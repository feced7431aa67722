#pragma once

#include "storage/dashboard/DashboardData.h"

#include <QAtomicInt>
#include <QObject>
#include <QThread>

namespace huellas {

class DashboardWorker;

// Reads dashboard snapshots off the UI thread (the worker has its own connection), hands them
// back queued, and drops any result a newer request has made stale, so 100,000 owners never
// freeze the window.
class DashboardLoader final : public QObject
{
    Q_OBJECT

public:
    explicit DashboardLoader(const QString& databasePath, QObject* parent = nullptr);
    ~DashboardLoader() override;

    // Starts reading `months` months as of the stored metrics date; earlier requests go stale.
    void request(int months);
    bool isBusy() const { return m_busy; }

signals:
    void loaded(const huellas::DashboardSnapshot& snapshot);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);

    QThread m_thread;
    QAtomicInt m_latest; // the generation of the newest request
    DashboardWorker* m_worker;
    bool m_busy = false;
};

} // namespace huellas
