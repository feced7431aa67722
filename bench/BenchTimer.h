#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace huellas::bench {

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
    std::sort(times.begin(), times.end());
    std::printf("%-58s median %9.1f ms   worst %9.1f ms   (n=%d)\n", qPrintable(name), times[times.size() / 2],
                times.back(), repetitions);
    std::fflush(stdout);
}

} // namespace huellas::bench
