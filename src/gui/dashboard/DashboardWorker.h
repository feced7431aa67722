#pragma once

#include "storage/dashboard/DashboardData.h"

#include <QAtomicInt>
#include <QObject>
#include <QString>

#include <memory>

namespace huellas {

class Database;

// Lives on the loader's thread with its own connection to the database file, opened at the
// first request (so a dashboard never shown costs nothing) and closed
// when the thread ends. Requests overtaken by a newer one are skipped.
class DashboardWorker final : public QObject
{
    Q_OBJECT

public:
    DashboardWorker(QString databasePath, const QAtomicInt& latestGeneration);
    ~DashboardWorker() override; // on the worker thread: the connection closes where it was opened

    void load(int generation, int months);

signals:
    void loaded(int generation, const huellas::DashboardSnapshot& snapshot);
    void failed(int generation, const QString& message);

private:
    const QString m_databasePath;
    const QAtomicInt& m_latest;
    std::unique_ptr<Database> m_database;
};

} // namespace huellas
