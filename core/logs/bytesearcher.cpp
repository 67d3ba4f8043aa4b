#include "core/logs/bytesearcher.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mlops::logs {

namespace {

unsigned char lowerAscii(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
unsigned char upperAscii(unsigned char c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }

// How common a byte is in log text (higher = more common); rough, only used to pick probes.
int commonness(unsigned char c)
{
    if (c == ' ')
        return 100;
    if (c >= 0x80)
        return 10;
    static const char *const kVeryCommon = "etaoinsr";
    static const char *const kCommon = "hldcumpfg";
    const unsigned char lower = lowerAscii(c);
    for (const char *p = kVeryCommon; *p; ++p) {
        if (*p == char(lower))
            return 80;
    }
    for (const char *p = kCommon; *p; ++p) {
        if (*p == char(lower))
            return 60;
    }
    if (c >= '0' && c <= '9')
        return 50;
    if (lower >= 'a' && lower <= 'z')
        return c == lower ? 40 : 30;
    return 20;
}

}  // namespace

ByteSearcher::ByteSearcher(QByteArrayView needle, bool caseSensitive)
    : m_needle(needle.toByteArray()), m_caseSensitive(caseSensitive)
{
    for (int i = 0; i < 256; ++i)
        m_fold[size_t(i)] = caseSensitive ? static_cast<unsigned char>(i) : lowerAscii(static_cast<unsigned char>(i));
    for (char &c : m_needle)
        c = static_cast<char>(m_fold[static_cast<unsigned char>(c)]);
    // Probe the two rarest bytes (stable: earlier positions win ties).
    const qsizetype n = m_needle.size();
    for (qsizetype i = 1; i < n; ++i) {
        if (commonness(static_cast<unsigned char>(needle[i])) < commonness(static_cast<unsigned char>(needle[m_probe1])))
            m_probe1 = i;
    }
    m_probe2 = m_probe1;
    for (qsizetype i = 0; i < n; ++i) {
        if (i != m_probe1 && (m_probe2 == m_probe1 || commonness(static_cast<unsigned char>(needle[i]))
                                                        < commonness(static_cast<unsigned char>(needle[m_probe2]))))
            m_probe2 = i;
    }
}

bool ByteSearcher::matchesAt(const char *p) const
{
    if (m_caseSensitive)
        return std::memcmp(p, m_needle.constData(), size_t(m_needle.size())) == 0;
    for (qsizetype k = 0; k < m_needle.size(); ++k) {
        if (m_fold[static_cast<unsigned char>(p[k])] != static_cast<unsigned char>(m_needle[k]))
            return false;
    }
    return true;
}

const char *ByteSearcher::find(const char *begin, const char *end) const
{
    const qsizetype n = m_needle.size();
    if (n == 0 || end - begin < n)
        return nullptr;
    const auto first = static_cast<unsigned char>(m_needle.front());
    const char *p = begin;
    const char *lastStart = end - n;  // last valid start position
#if defined(__SSE2__)
    const auto b1 = static_cast<unsigned char>(m_needle[m_probe1]);
    const auto b2 = static_cast<unsigned char>(m_needle[m_probe2]);
    const __m128i f1 = _mm_set1_epi8(static_cast<char>(b1));
    const __m128i f2 = _mm_set1_epi8(static_cast<char>(m_caseSensitive ? b1 : upperAscii(b1)));
    const __m128i l1 = _mm_set1_epi8(static_cast<char>(b2));
    const __m128i l2 = _mm_set1_epi8(static_cast<char>(m_caseSensitive ? b2 : upperAscii(b2)));
    while (lastStart - p >= 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + m_probe1));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + m_probe2));
        const __m128i fa = _mm_or_si128(_mm_cmpeq_epi8(a, f1), _mm_cmpeq_epi8(a, f2));
        const __m128i lb = _mm_or_si128(_mm_cmpeq_epi8(b, l1), _mm_cmpeq_epi8(b, l2));
        unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(fa, lb)));
        while (mask) {
            const int bit = __builtin_ctz(mask);
            if (matchesAt(p + bit))
                return p + bit;
            mask &= mask - 1;
        }
        p += 16;
    }
#endif
    for (; p <= lastStart; ++p) {
        if (m_fold[static_cast<unsigned char>(*p)] == first && matchesAt(p))
            return p;
    }
    return nullptr;
}

}  // namespace mlops::logs
