#pragma once
// LegacyRandomState: the random stream of numpy's legacy `numpy.random.RandomState(seed)`
// for an integer seed, bit for bit — MT19937 seeded with init_genrand(seed) (numpy's
// `mt19937_seed`), 32-bit outputs, bounded integers by masked rejection sampling
// (`random_interval`) and the legacy Fisher–Yates `shuffle` / `permutation`.
// It exists so that splits made here equal the ones scikit-learn makes with
// `random_state=<int>`. Plain value class; not thread-safe (one instance per thread).

#include <QtGlobal>

#include <array>
#include <vector>

namespace mlops::ml {

class LegacyRandomState {
public:
    explicit LegacyRandomState(quint32 seed);

    // The next raw 32-bit output of MT19937 (numpy: `next_uint32`).
    quint32 nextUInt32();
    // The next 64-bit value built from two 32-bit outputs, high word first (numpy: `next_uint64`).
    quint64 nextUInt64();
    // A uniform integer in [0, max] by masked rejection sampling (numpy: `random_interval`).
    quint64 randomInterval(quint64 max);
    // numpy `RandomState.permutation(n)`: 0..n-1 shuffled by the legacy `shuffle`
    // (i from n-1 down to 1, swap with randomInterval(i)). n <= 0 gives an empty vector.
    std::vector<qint64> permutation(qint64 n);

private:
    void reload();

    static constexpr int kStateSize = 624;
    std::array<quint32, kStateSize> m_state{};
    int m_position = kStateSize;
};

}  // namespace mlops::ml
