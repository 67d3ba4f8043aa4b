#pragma once
// FastDecimal: the CSV reader's fast path for plain decimal numbers ("-12.5", "0.038075906433424102",
// "3e-7"). parse() converts [sign] digits [. digits] [e|E [sign] digits] with at most 19 significant
// digits and a decimal exponent within ±27 to the correctly rounded double (round to nearest, ties to
// even), bit-identical to std::from_chars / strtod. It returns nullptr, and leaves `value` alone,
// for anything else (more digits, a far exponent, "inf", "nan", blanks, no digits, a result it cannot
// round with certainty): the caller then uses the general path, so the two agree by construction.
// A leading '+' is accepted as the general path accepts it (it strips a '+' that is not followed by
// '-'). Stateless and reentrant; reads [p, end) only.
//
// How: the digits become a 64-bit integer w with a decimal exponent q. The common shapes are read
// from a window of bytes without a branch per digit: with SSE2 (every x86-64), a number of up to 3
// integer digits is located by digit masks of 32 bytes loaded at fixed offsets (so that the next
// number's loads do not wait for this one's), and its first 16 fraction digits are converted at
// once, padded with zeros: w = integer · 10^16 + those digits (then the 17th to 19th), q = -16
// (or less); elsewhere, or for longer integer parts, eight bytes at a time (SWAR). When w < 2^53
// and 0 <= q <= 22 one IEEE multiplication of exact operands is correctly rounded; for
// 0 <= q <= 27, w·5^q is an exact 128-bit integer, rounded exactly; for -27 <= q < 0, w/5^|q| is
// approximated by a 64×64-bit product with the high half of a 128-bit reciprocal rounded up
// (within 2^64 units), then when that could be too close to a halfway point with the low half too
// (within one unit), and the rounding is taken only when the error cannot cross a halfway point
// (exact ties are left to the general path). The powers of two then only move the exponent (all
// results are normal doubles). Branches depend on the shape of a number, not on its digits.

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace mlops::ml {

namespace fastdecimal {

__extension__ typedef unsigned __int128 U128;

constexpr int kMaxPower = 27;  // 5^27 < 2^63

struct Reciprocal {
    U128 value = 0;  // floor(2^bits / 5^k) + 1, in [2^127, 2^128)
    int bits = 0;
    int exponent = 0;  // the biased exponent of 2^(75 + 64 - bits - k), see divideByPower5
};

constexpr Reciprocal reciprocal(int k)
{
    if (k == 0)
        return {};  // unused: q = 0 is exact
    std::uint64_t divisor = 1;
    for (int i = 0; i < k; ++i)
        divisor *= 5;
    const int bits = 127 + (64 - std::countl_zero(divisor));
    // Long division of 2^bits by the divisor, one bit at a time (the quotient fits 128 bits).
    U128 quotient = 0;
    U128 remainder = 0;
    for (int i = bits; i >= 0; --i) {
        remainder = remainder * 2 + (i == bits ? 1 : 0);
        quotient = quotient * 2;
        if (remainder >= divisor) {
            remainder -= divisor;
            quotient += 1;
        }
    }
    return Reciprocal{quotient + 1, bits, 1023 + 75 + 64 - bits - k};
}

template <std::size_t... K>
constexpr std::array<Reciprocal, sizeof...(K)> reciprocals(std::index_sequence<K...>)
{
    return {reciprocal(int(K))...};
}

constexpr std::array<std::uint64_t, kMaxPower + 1> powers5()
{
    std::array<std::uint64_t, kMaxPower + 1> powers{};
    std::uint64_t p = 1;
    for (int i = 0; i <= kMaxPower; ++i) {
        powers[std::size_t(i)] = p;
        p *= 5;
    }
    return powers;
}

inline constexpr double kPowers10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
inline constexpr std::uint64_t kPowers10Int[] = {1,
                                                 10,
                                                 100,
                                                 1000,
                                                 10000,
                                                 100000,
                                                 1000000,
                                                 10000000,
                                                 100000000,
                                                 1000000000,
                                                 10000000000,
                                                 100000000000,
                                                 1000000000000,
                                                 10000000000000,
                                                 100000000000000,
                                                 1000000000000000,
                                                 10000000000000000,
                                                 100000000000000000,
                                                 1000000000000000000,
                                                 10000000000000000000ULL};
inline constexpr std::array<std::uint64_t, kMaxPower + 1> kPowers5 = powers5();
inline constexpr std::array<Reciprocal, kMaxPower + 1> kReciprocals = reciprocals(std::make_index_sequence<kMaxPower + 1>());

}  // namespace fastdecimal

class FastDecimal {
public:
    [[gnu::always_inline]] static const char *parse(const char *p, const char *end, double &value)
    {
        if (end - p >= kWindow) {
#if defined(__SSE2__) && defined(__x86_64__)
            if (const char *next = parseVector(p, value))
                return next;
#endif
            if (const char *next = parsePlain(p, value))
                return next;
        }
        return parseGeneral(p, end, value);
    }

    // parse() without the SSE2 path: the portable path, for the tests of machines with SSE2.
    static const char *parsePortable(const char *p, const char *end, double &value)
    {
        if (end - p >= kWindow) {
            if (const char *next = parsePlain(p, value))
                return next;
        }
        return parseGeneral(p, end, value);
    }

private:
    using U128 = fastdecimal::U128;
    static constexpr int kMaxDigits = 19;
    static constexpr int kMaxPower = fastdecimal::kMaxPower;
    static constexpr std::ptrdiff_t kWindow = 40;  // bytes parseVector and parsePlain may read

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    static std::uint64_t load(const char *p)
    {
        std::uint64_t chunk;
        std::memcpy(&chunk, p, 8);
        return chunk;
    }

    // The high bit of byte k is set when byte k of the (little-endian) chunk is not in '0'..'9'.
    // The high bits are cleared before the additions so that no carry crosses a byte.
    static std::uint64_t nonDigits(std::uint64_t chunk)
    {
        const std::uint64_t low7 = chunk & 0x7F7F7F7F7F7F7F7F;
        const std::uint64_t atLeast0 = low7 + 0x5050505050505050;  // high bit: >= '0'
        const std::uint64_t above9 = low7 + 0x4646464646464646;    // high bit: > '9'
        return ~(atLeast0 & ~above9 & ~chunk) & 0x8080808080808080;
    }

    // How many bytes before the first flagged one (8 when none is).
    static int leading(std::uint64_t flags) { return std::countr_zero(flags) / 8; }

    // The value of the first `count` (0..8) bytes of the chunk, all digits.
    static std::uint64_t digitsValue(std::uint64_t chunk, int count)
    {
        // The digits move to the top bytes and zeros come in below them: leading zeros. The shift
        // is done in two halves because with no digit at all it is 64, undefined in one step.
        // Bytes past the digits may borrow in the subtraction; they are shifted out.
        const int half = 4 * (8 - count);
        std::uint64_t value = ((chunk - 0x3030303030303030) << half) << half;
        value = (value * 10 + (value >> 8)) & 0x00FF00FF00FF00FF;  // digit pairs in bytes 0, 2, 4, 6
        const std::uint64_t a = value & 0x000000FF000000FF;
        const std::uint64_t b = (value >> 16) & 0x000000FF000000FF;
        return (a * (100 + (1000000ULL << 32)) + b * (1 + (10000ULL << 32))) >> 32;
    }

    // [sign] up to 7 digits [. digits], 19 digits at most, with no exponent, read from a window of
    // kWindow bytes without a branch per digit. nullptr: another shape (parseGeneral decides).
    static const char *parsePlain(const char *p, double &value)
    {
        const bool negative = *p == '-';
        p += int(negative || *p == '+');
        const std::uint64_t head = load(p);
        const int integerDigits = leading(nonDigits(head));
        if (integerDigits == 8)
            return nullptr;
        const std::uint64_t integer = digitsValue(head, integerDigits);
        std::uint64_t w = integer;
        int fractionDigits = 0;
        const char *next = p + integerDigits;
        if (*next == '.') {
            const char *fraction = next + 1;
            const std::uint64_t f0 = load(fraction);
            const std::uint64_t f1 = load(fraction + 8);
            const std::uint64_t f2 = load(fraction + 16);
            const std::uint64_t o0 = nonDigits(f0);
            const std::uint64_t o1 = nonDigits(f1);
            const std::uint64_t o2 = nonDigits(f2);
            fractionDigits = o0 ? leading(o0) : o1 ? 8 + leading(o1) : 16 + leading(o2);
            if (integerDigits + fractionDigits > kMaxDigits)
                return nullptr;
            const int n0 = std::min(fractionDigits, 8);
            const int n1 = std::clamp(fractionDigits - 8, 0, 8);
            const int n2 = std::max(fractionDigits - 16, 0);
            const std::uint64_t digits = (digitsValue(f0, n0) * fastdecimal::kPowers10Int[n1] + digitsValue(f1, n1)) *
                                             fastdecimal::kPowers10Int[n2] +
                                         digitsValue(f2, n2);
            w = integer * fastdecimal::kPowers10Int[fractionDigits] + digits;
            next = fraction + fractionDigits;
        }
        if (integerDigits + fractionDigits == 0 || *next == 'e' || *next == 'E')
            return nullptr;
        double result = 0;
        if (w != 0 && !convert(w, -fractionDigits, result))
            return nullptr;
        value = negative ? -result : result;
        return next;
    }

#if defined(__SSE2__) && defined(__x86_64__)
    // Bit k set when byte k of v is a digit.
    static unsigned digitMask(__m128i v)
    {
        const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));  // digits: 0..9, others wrap above 9
        return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d)));
    }

    // The 16 digits of v, keeping the first `count` and reading the others as zeros.
    static std::uint64_t sixteenDigits(__m128i v, int count)
    {
        static constexpr unsigned char kKeep[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0,    0,    0,    0,    0,    0,
                                                    0,    0,    0,    0,    0,    0,    0,    0,    0,    0};
        const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i *>(kKeep + 16 - count));
        const __m128i d = _mm_and_si128(_mm_sub_epi8(v, _mm_set1_epi8('0')), keep);
        const __m128i zero = _mm_setzero_si128();
        const __m128i tens = _mm_set_epi16(1, 10, 1, 10, 1, 10, 1, 10);
        const __m128i low = _mm_madd_epi16(_mm_unpacklo_epi8(d, zero), tens);   // digit pairs 0..3
        const __m128i high = _mm_madd_epi16(_mm_unpackhi_epi8(d, zero), tens);  // digit pairs 4..7
        const __m128i pairs = _mm_packs_epi32(low, high);                       // 8 x 0..99
        const __m128i quads = _mm_madd_epi16(pairs, _mm_set_epi16(1, 100, 1, 100, 1, 100, 1, 100));
        const __m128i quads16 = _mm_packs_epi32(quads, quads);  // 4 x 0..9999, twice
        const __m128i eights = _mm_madd_epi16(quads16, _mm_set_epi16(1, 10000, 1, 10000, 1, 10000, 1, 10000));
        const auto both = std::uint64_t(_mm_cvtsi128_si64(eights));
        return (both & 0xFFFFFFFF) * 100000000 + (both >> 32);
    }

    // The value of the first `count` (0..4) bytes at p, digits (the bytes after them are read
    // but do not count).
    static std::uint64_t upToFourDigits(const char *p, int count)
    {
        std::uint32_t chunk;
        std::memcpy(&chunk, p, 4);
        // The digits move to the top bytes, zeros (leading zeros) come in below; 64 bits wide
        // so that a shift by 32 (no digit) is defined.
        const std::uint64_t digits = (std::uint64_t(chunk - 0x30303030u) << (8 * (4 - count))) & 0xFFFFFFFF;
        const std::uint64_t pairs = (digits * 10 + (digits >> 8)) & 0x00FF00FF;  // bytes 0 and 2
        return (pairs & 0xFF) * 100 + (pairs >> 16);
    }

    // upToFourDigits, cheaper for the frequent counts 0 and 1.
    static std::uint64_t fewDigits(const char *p, int count)
    {
        if (count <= 1)
            return std::uint64_t(p[0] - '0') & (0 - std::uint64_t(count));
        return upToFourDigits(p, count);
    }

    // [sign] up to 3 digits [. up to 19 - those digits], no exponent. nullptr: another shape.
    [[gnu::always_inline]] static const char *parseVector(const char *p, double &value)
    {
        // Where the digits are, from loads at fixed offsets (the sign shifts the mask, not the
        // loads): one memory round trip between two numbers rather than three.
        // 32 bytes hold every number this path takes: sign, 3 + 1 + 19 characters, the byte after.
        const auto v0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const auto v1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16));
        const bool negative = *p == '-';  // ('+' is for parsePlain)
        const std::uint32_t digits = (digitMask(v0) | digitMask(v1) << 16) >> int(negative);
        const int integerDigits = std::countr_zero(~digits);
        if (integerDigits > 3)
            return nullptr;
        p += int(negative);
        std::uint64_t w = 0;
        int exponent = 0;
        const char *next = p + integerDigits;
        if (*next != '.') {
            if (integerDigits == 0)
                return nullptr;
            w = fewDigits(p, integerDigits);
        } else {
            const char *fraction = next + 1;
            const int fractionDigits = std::countr_zero(~(digits >> (integerDigits + 1)));
            const int more = std::max(fractionDigits - 16, 0);  // digits after the first 16
            if (integerDigits + 16 + more > kMaxDigits)
                return nullptr;
            const __m128i f0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(fraction));
            // w = integer digits, then the fraction's first 16 (zeros after its end), then `more`.
            w = fewDigits(p, integerDigits) * 10000000000000000ULL + sixteenDigits(f0, std::min(fractionDigits, 16));
            w = w * fastdecimal::kPowers10Int[more] + fewDigits(fraction + 16, more);
            exponent = -16 - more;
            if (integerDigits + fractionDigits == 0)
                return nullptr;
            next = fraction + fractionDigits;
        }
        if ((*next | 0x20) == 'e')
            return nullptr;
        double result = 0;
        if (w != 0 && !convert(w, exponent, result))
            return nullptr;
        value = negative ? -result : result;
        return next;
    }
#endif

    static const char *parseGeneral(const char *p, const char *end, double &value)
    {
        bool negative = false;
        if (p != end && (*p == '-' || *p == '+')) {
            negative = *p == '-';
            ++p;
        }
        std::uint64_t w = 0;
        int significant = 0;  // digits in w, leading zeros not counted
        int exponent = 0;
        bool anyDigit = false;
        while (p != end && isDigit(*p)) {
            anyDigit = true;
            if (w != 0 || *p != '0') {
                if (++significant > kMaxDigits)
                    return nullptr;
                w = w * 10 + std::uint64_t(*p - '0');
            }
            ++p;
        }
        if (p != end && *p == '.') {
            ++p;
            while (p != end && isDigit(*p)) {
                anyDigit = true;
                if (w != 0 || *p != '0') {
                    if (++significant > kMaxDigits)
                        return nullptr;
                    w = w * 10 + std::uint64_t(*p - '0');
                }
                if (--exponent < -9999)
                    return nullptr;
                ++p;
            }
        }
        if (!anyDigit)
            return nullptr;
        if (p != end && (*p == 'e' || *p == 'E')) {
            ++p;
            bool negativeExponent = false;
            if (p != end && (*p == '-' || *p == '+')) {
                negativeExponent = *p == '-';
                ++p;
            }
            if (p == end || !isDigit(*p))
                return nullptr;
            int e = 0;
            while (p != end && isDigit(*p)) {
                if (e > 9999)
                    return nullptr;
                e = e * 10 + (*p - '0');
                ++p;
            }
            exponent += negativeExponent ? -e : e;
        }
        double result = 0;
        if (w != 0 && !convert(w, exponent, result))
            return nullptr;
        value = negative ? -result : result;
        return p;
    }

    // 2^e as a double, for normal exponents.
    static double power2(int e) { return std::bit_cast<double>(std::uint64_t(1023 + e) << 52); }

    [[gnu::always_inline]] static bool convert(std::uint64_t w, int q, double &result)
    {
        if (q < 0)
            return q >= -kMaxPower && divideByPower5(w, -q, result);
        if (w <= (std::uint64_t(1) << 53) && q <= 22) {
            result = double(w) * fastdecimal::kPowers10[q];
            return true;
        }
        if (q <= kMaxPower) {
            result = roundExact(U128(w) * fastdecimal::kPowers5[std::size_t(q)], q);
            return true;
        }
        return false;
    }

    // z·2^shift correctly rounded; z != 0 is exact.
    static double roundExact(U128 z, int shift)
    {
        const int top = 127 - countLeadingZeros(z);  // index of the highest set bit
        if (top <= 52)
            return double(std::uint64_t(z)) * power2(shift);
        const int drop = top - 52;
        std::uint64_t mantissa = std::uint64_t(z >> drop);
        const U128 rest = z & ((U128(1) << drop) - 1);
        const U128 half = U128(1) << (drop - 1);
        if (rest > half || (rest == half && (mantissa & 1)))
            ++mantissa;  // 2^53 after a carry is still exact as a double
        return double(mantissa) * power2(drop + shift);
    }

    // w / 10^k = (w / 5^k) · 2^-k, for 1 <= k <= 27.
    [[gnu::always_inline]] static bool divideByPower5(std::uint64_t w, int k, double &result)
    {
        const fastdecimal::Reciprocal &r = fastdecimal::kReciprocals[std::size_t(k)];
        const int l = std::countl_zero(w);
        const std::uint64_t normalized = w << l;  // in [2^63, 2^64)
        // x = normalized · 2^bits / 5^k / 2^64 is in [2^126, 2^128). First with the high half
        // of the reciprocal only: y is within 2^64 units below x.
        U128 y = U128(normalized) * std::uint64_t(r.value >> 64);
        auto shift = unsigned(std::uint64_t(y >> 64) >> 63) ^ 1u;  // 1 when bit 127 is clear
        // The top 64 bits of y << shift: the 53 bits kept (top >> 11), then 11 of the 75 bits
        // below them that decide the rounding, halfway being 0x400 followed by zeros.
        std::uint64_t top = (std::uint64_t(y >> 64) << shift) | ((std::uint64_t(y) >> 63) & shift);
        std::uint64_t below = top & 0x7FF;
        if (below - 0x3FD <= 5) {
            // Perhaps too close to halfway: with the low half too, y is within one unit of x.
            y += (U128(normalized) * std::uint64_t(r.value)) >> 64;
            shift = unsigned(std::uint64_t(y >> 64) >> 63) ^ 1u;
            top = (std::uint64_t(y >> 64) << shift) | ((std::uint64_t(y) >> 63) & shift);
            const std::uint64_t bottom = std::uint64_t(y) << shift;  // within 2 units of x·2^shift
            below = top & 0x7FF;
            if ((below == 0x400 && bottom <= 2) || (below == 0x3FF && bottom >= ~std::uint64_t(0) - 1))
                return false;
        }
        const std::uint64_t mantissa = (top >> 11) + (below >> 10);  // 2^53 after a carry is still exact
        // w / 10^k = x · 2^(64 - bits - l - k), x·2^shift ≈ mantissa · 2^75: a power of two
        // whose biased exponent the table holds, but for shift and l.
        const auto scale = std::bit_cast<double>(std::uint64_t(r.exponent - int(shift) - l) << 52);
        result = double(mantissa) * scale;
        return true;
    }

    static int countLeadingZeros(U128 v)
    {
        const auto high = std::uint64_t(v >> 64);
        return high != 0 ? std::countl_zero(high) : 64 + std::countl_zero(std::uint64_t(v));
    }

};

}  // namespace mlops::ml
