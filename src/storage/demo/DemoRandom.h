#pragma once

#include <QStringList>
#include <QtGlobal>

#include <initializer_list>

namespace huellas {

// The demo data's only source of chance: splitmix64 with our own range and choice helpers,
// because the standard distributions give different numbers on different standard libraries
// and "the same seed gives the same data on any machine" is a promise we keep.
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next();
    // Uniform in [0, bound); bound must be positive.
    quint64 below(quint64 bound);
    // Uniform in [low, high], both inclusive.
    int between(int low, int high);
    qint64 between64(qint64 low, qint64 high);
    bool percent(int chance);
    bool perMille(int chance);
    // The index drawn with the given integer weights (0 when every weight is 0).
    int weighted(std::initializer_list<int> weights);
    const QString& pick(const QStringList& list);

    // A well-mixed seed for an independent stream, e.g. one per demo run.
    static quint64 mix(quint64 a, quint64 b);

private:
    quint64 m_state;
};

} // namespace huellas
