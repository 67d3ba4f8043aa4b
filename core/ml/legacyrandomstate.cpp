#include "legacyrandomstate.h"

#include <numeric>
#include <utility>

namespace mlops::ml {

namespace {
constexpr int kShift = 397;
constexpr quint32 kMatrixA = 0x9908b0dfU;
constexpr quint32 kUpperMask = 0x80000000U;
constexpr quint32 kLowerMask = 0x7fffffffU;
}  // namespace

LegacyRandomState::LegacyRandomState(quint32 seed)
{
    // Knuth's linear initialisation (MT19937 init_genrand), as numpy's mt19937_seed does.
    m_state[0] = seed;
    for (int i = 1; i < kStateSize; ++i) {
        const quint32 previous = m_state[std::size_t(i - 1)];
        m_state[std::size_t(i)] = 1812433253U * (previous ^ (previous >> 30)) + quint32(i);
    }
    m_position = kStateSize;
}

void LegacyRandomState::reload()
{
    auto twist = [](quint32 upper, quint32 lower) {
        const quint32 y = (upper & kUpperMask) | (lower & kLowerMask);
        return (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    };
    int i = 0;
    for (; i < kStateSize - kShift; ++i)
        m_state[std::size_t(i)] = m_state[std::size_t(i + kShift)] ^ twist(m_state[std::size_t(i)], m_state[std::size_t(i + 1)]);
    for (; i < kStateSize - 1; ++i)
        m_state[std::size_t(i)] = m_state[std::size_t(i + kShift - kStateSize)]
                                  ^ twist(m_state[std::size_t(i)], m_state[std::size_t(i + 1)]);
    m_state[kStateSize - 1] = m_state[kShift - 1] ^ twist(m_state[kStateSize - 1], m_state[0]);
    m_position = 0;
}

quint32 LegacyRandomState::nextUInt32()
{
    if (m_position >= kStateSize)
        reload();
    quint32 y = m_state[std::size_t(m_position++)];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

quint64 LegacyRandomState::nextUInt64()
{
    const quint64 high = nextUInt32();
    return (high << 32) | nextUInt32();
}

quint64 LegacyRandomState::randomInterval(quint64 max)
{
    if (max == 0)
        return 0;
    quint64 mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    quint64 value = 0;
    if (max <= 0xffffffffULL) {
        while ((value = (nextUInt32() & mask)) > max) {
        }
    } else {
        while ((value = (nextUInt64() & mask)) > max) {
        }
    }
    return value;
}

std::vector<qint64> LegacyRandomState::permutation(qint64 n)
{
    std::vector<qint64> values(std::size_t(std::max<qint64>(n, 0)));
    std::iota(values.begin(), values.end(), qint64(0));
    for (qint64 i = n - 1; i >= 1; --i) {
        const auto j = qint64(randomInterval(quint64(i)));
        std::swap(values[std::size_t(i)], values[std::size_t(j)]);
    }
    return values;
}

}  // namespace mlops::ml
