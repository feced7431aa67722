#pragma once

#include <QAtomicInt>

namespace huellas {

// Which of a model's or a loader's requests to its worker is the newest: the answer to an
// older one is dropped (a slow query for "jo" never overwrites the rows for "jose"), and the
// worker asks isCurrent() before starting a job nobody waits for any more, so it is atomic.
class RequestGeneration final
{
public:
    // A new request: every earlier one is stale from now on.
    int next() { return m_latest.fetchAndAddOrdered(1) + 1; }
    // Nothing asked so far is wanted any more (the rules were cleared, the owner closed).
    void dropAll() { m_latest.fetchAndAddOrdered(1); }
    int current() const { return m_latest.loadAcquire(); }
    bool isCurrent(int generation) const { return generation == current(); }

private:
    QAtomicInt m_latest;
};

} // namespace huellas
