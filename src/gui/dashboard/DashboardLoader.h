#pragma once

#include "gui/common/DatabaseWorker.h"
#include "gui/common/RequestGeneration.h"
#include "storage/dashboard/DashboardData.h"

#include <QObject>

namespace huellas {

// Reads dashboard snapshots off the UI thread (the worker has its own connection), hands them
// back queued, and drops any result a newer request has made stale, so 100,000 owners never
// freeze the window.
class DashboardLoader final : public QObject
{
    Q_OBJECT

public:
    explicit DashboardLoader(const ConnectionSpec& connection, QObject* parent = nullptr);
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

    RequestGeneration m_generation;
    bool m_busy = false;
    DatabaseWorker m_worker; // last: it goes first, waiting for its thread
};

} // namespace huellas
