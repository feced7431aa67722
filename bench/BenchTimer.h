#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace huellas::bench {

// Prints one figure: the median and the worst of `times` (milliseconds), then `note`.
inline void printTimes(const QString& name, std::vector<double> times, const QString& note)
{
    std::sort(times.begin(), times.end());
    std::printf("%-58s median %9.1f ms   worst %9.1f ms   %s\n", qPrintable(name), times[times.size() / 2],
                times.back(), qPrintable(note));
    std::fflush(stdout);
}

// Runs `work` a few times and prints the median and the worst wall-clock time in milliseconds.
inline void measure(const QString& name, int repetitions, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    printTimes(name, std::move(times), QStringLiteral("(n=%1)").arg(repetitions));
}

// Runs `ask` and turns the event loop until `done` holds (a worker's answer arrives through
// it, as in the window); returns the milliseconds taken.
inline double until(const std::function<void()>& ask, const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    ask();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace huellas::bench
