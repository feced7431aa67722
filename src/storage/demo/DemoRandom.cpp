#include "DemoRandom.h"

namespace huellas {
namespace {

quint64 splitmix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

quint64 DemoRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    return splitmix(m_state);
}

quint64 DemoRandom::below(quint64 bound)
{
    Q_ASSERT(bound > 0);
    // Rejecting the few values above the last whole multiple of bound keeps it unbiased.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 r = next();
        if (r >= threshold)
            return r % bound;
    }
}

int DemoRandom::between(int low, int high)
{
    return int(between64(low, high));
}

qint64 DemoRandom::between64(qint64 low, qint64 high)
{
    Q_ASSERT(low <= high);
    return low + qint64(below(quint64(high - low) + 1));
}

bool DemoRandom::percent(int chance)
{
    return int(below(100)) < chance;
}

bool DemoRandom::perMille(int chance)
{
    return int(below(1000)) < chance;
}

int DemoRandom::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (const int w : weights)
        total += w;
    if (total <= 0)
        return 0;
    int r = int(below(quint64(total)));
    int index = 0;
    for (const int w : weights) {
        if (r < w)
            return index;
        r -= w;
        ++index;
    }
    return index - 1;
}

const QString& DemoRandom::pick(const QStringList& list)
{
    Q_ASSERT(!list.isEmpty());
    return list.at(qsizetype(below(quint64(list.size()))));
}

quint64 DemoRandom::mix(quint64 a, quint64 b)
{
    return splitmix(splitmix(a) ^ (b + 0x9E3779B97F4A7C15ULL));
}

} // namespace huellas
