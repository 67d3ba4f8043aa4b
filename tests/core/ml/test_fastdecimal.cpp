// FastDecimal (the CSV reader's number fast path): whatever it accepts, it converts to the
// very double std::from_chars gives (the general path), for random numbers of every shape
// and for the cases that are hard to round (halfway between two doubles, long mantissas,
// exponents at the ends of its range); what it refuses is left to the general path. Both
// the SSE2 path (on x86-64) and the portable one are checked.
#include "core/ml/fastdecimal.h"

#include <QTest>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <random>
#include <string>

using namespace mlops::ml;

namespace {

enum class Path { Default, Portable };

// Parses `text` followed by `tail` in a buffer long enough for the window the fast path reads
// (or, with `tight`, ending right after the text). Returns false when the fast path refused.
bool fastParse(Path path, const std::string &text, const std::string &tail, bool tight, double &value, std::size_t &length)
{
    std::string buffer = text + tail;
    if (!tight)
        buffer.resize(text.size() + 64, '7');  // digits after the tail: they must not be read as part of the number
    const char *begin = buffer.data();
    const char *end = tight ? begin + text.size() : begin + buffer.size();
    const char *next = path == Path::Default ? FastDecimal::parse(begin, end, value) : FastDecimal::parsePortable(begin, end, value);
    if (!next)
        return false;
    length = std::size_t(next - begin);
    return true;
}

// What the general path of the CSV reader gives: std::from_chars after a leading '+'.
bool referenceParse(const std::string &text, double &value, std::size_t &length)
{
    const char *first = text.data();
    const char *last = first + text.size();
    if (*first == '+' && last - first > 1 && first[1] != '-')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec != std::errc())
        return false;
    length = std::size_t(ptr - text.data());
    return true;
}

// Checks one text on both paths and with each terminator; counts what the fast path took.
void check(const std::string &text, int &accepted, QString &failure)
{
    if (!failure.isEmpty())
        return;
    for (const Path path : {Path::Default, Path::Portable}) {
        // After a delimiter or a line end with more bytes after it, or at the very end.
        for (const char *tail : {",", "\n", "\r\n", ""}) {
            {
                const bool tight = !*tail;
                double fast = 0;
                std::size_t fastLength = 0;
                if (!fastParse(path, text, tail, tight, fast, fastLength))
                    continue;
                ++accepted;
                double reference = 0;
                std::size_t referenceLength = 0;
                if (!referenceParse(text, reference, referenceLength) || referenceLength != text.size() || fastLength != text.size()
                    || std::memcmp(&fast, &reference, sizeof fast) != 0) {
                    failure = QStringLiteral("\"%1\": fast %2 (%3 chars), from_chars %4 (%5 chars)")
                                  .arg(QString::fromStdString(text))
                                  .arg(fast, 0, 'g', 17)
                                  .arg(fastLength)
                                  .arg(reference, 0, 'g', 17)
                                  .arg(referenceLength);
                    return;
                }
            }
        }
    }
}

std::string shortest(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

}  // namespace

class TestFastDecimal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handPickedCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("fast");  // must the fast path take it?
        const auto row = [](const char *text, bool fast) { QTest::newRow(text) << QString::fromLatin1(text) << fast; };
        row("0", true);
        row("-0", true);
        row("-0.0", true);
        row("+5", true);
        row("57", true);
        row("151.0", true);
        row("0.0380759064334241", true);
        row("-0.00259226199818282", true);
        row("0.5488135039273248", true);
        row("0.54881350392732481", true);
        row("1234567.25", true);
        row("1.", true);
        row(".5", true);
        row("-.5", true);
        row("1e5", true);
        row("2.5E-3", true);
        row("9007199254740993", true);         // 2^53 + 1: halfway, ties to even
        row("9007199254740995", true);         // 2^53 + 3: halfway, rounds up
        row("4503599627370496.5", false);      // 2^52 + 0.5: exactly halfway, left to from_chars
        row("4503599627370497.5", false);      // 2^52 + 1.5: the same
        row("4503599627370496.4", true);       // just below halfway
        row("4503599627370497.6", true);       // just above
        row("0.1", true);
        row("0.30000000000000004", true);
        row("1.7976931348623157", true);
        row("1e-27", true);
        row("1e27", true);
        row("9999999999999999999", true);      // 19 digits
        row("99999999999999999999", false);    // 20 digits: the general path
        row("1e-28", false);                   // exponent out of the fast range
        row("1e308", false);
        row("inf", false);
        row("nan", false);
        row("", false);
        row("-", false);
        row(".", false);
        row("+-1", false);
        row("e5", false);
        row("1e", false);
        row("1e+", false);
        row("0x10", true);                     // "0", then the caller sees 'x': not its field
    }
    void handPickedCases()
    {
        QFETCH(QString, text);
        QFETCH(bool, fast);
        const std::string bytes = text.toStdString();
        for (const Path path : {Path::Default, Path::Portable}) {
            double value = 0;
            std::size_t length = 0;
            const bool taken = fastParse(path, bytes, ",", false, value, length);
            QCOMPARE(taken, fast);
            if (!taken)
                continue;
            double reference = 0;
            std::size_t referenceLength = 0;
            QVERIFY(referenceParse(bytes, reference, referenceLength));
            QCOMPARE(length, referenceLength);
            QVERIFY2(std::memcmp(&value, &reference, sizeof value) == 0,
                     qPrintable(QStringLiteral("%1 != %2").arg(value, 0, 'g', 17).arg(reference, 0, 'g', 17)));
        }
    }

    void randomNumbersMatchFromChars_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("any double, shortest form") << 0;
        QTest::newRow("uniform [0, 1), shortest form") << 1;
        QTest::newRow("%.Ng of [-1000, 1000)") << 2;
        QTest::newRow("random digit strings") << 3;
        QTest::newRow("exactly halfway (refused)") << 4;
        QTest::newRow("next to halfway") << 6;
        QTest::newRow("integers with exponents") << 5;
    }
    void randomNumbersMatchFromChars()
    {
        QFETCH(int, shape);
        std::mt19937_64 random(20261125 + shape);
        int accepted = 0;
        QString failure;
        for (int i = 0; i < 40000 && failure.isEmpty(); ++i) {
            std::string text;
            switch (shape) {
            case 0: {
                const double value = std::bit_cast<double>(random());
                if (!std::isfinite(value))
                    continue;
                text = shortest(value);
                break;
            }
            case 1:
                text = shortest(double(random() >> 11) / double(1ULL << 53));
                break;
            case 2: {
                char buffer[64];
                const int digits = int(random() % 20) + 1;
                std::snprintf(buffer, sizeof buffer, "%.*g", digits, double(random() >> 11) / double(1ULL << 53) * 2000 - 1000);
                text = buffer;
                break;
            }
            case 3: {
                if (random() % 2)
                    text += '-';
                const int integerDigits = int(random() % 21);
                const int fractionDigits = int(random() % 22);
                for (int d = 0; d < integerDigits; ++d)
                    text += char('0' + random() % 10);
                if (fractionDigits || !integerDigits) {
                    text += '.';
                    for (int d = 0; d < fractionDigits; ++d)
                        text += char('0' + random() % 10);
                }
                if (random() % 3 == 0)
                    text += 'e' + std::to_string(int(random() % 70) - 35);
                break;
            }
            case 4:
            case 6: {
                // (2m + 1) / 2^(j + 1) with m a 53-bit mantissa: exactly halfway between two
                // doubles, written out in full (j + 1 fraction digits, the last one a 5); for
                // shape 6, that 5 becomes a 4 or a 6.
                const quint64 m = (1ULL << 52) + random() % (1ULL << 52);
                const int j = int(random() % 4);
                __extension__ unsigned __int128 scaled = 2 * m + 1;
                for (int q = 0; q <= j; ++q)
                    scaled *= 5;
                std::string digits;
                while (scaled) {
                    digits.insert(digits.begin(), char('0' + int(scaled % 10)));
                    scaled /= 10;
                }
                if (shape == 6)
                    digits.back() = random() % 2 ? '4' : '6';
                digits.insert(digits.end() - (j + 1), '.');
                text = digits;
                break;
            }
            default:
                text = std::to_string(random() % (1ULL << 60)) + 'e' + std::to_string(int(random() % 55) - 27);
                break;
            }
            check(text, accepted, failure);
        }
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        if (shape == 4)
            QCOMPARE(accepted, 0);  // it cannot round a tie with certainty: the general path does
        else
            QVERIFY2(accepted > 1000, qPrintable(QString::number(accepted)));  // the fast path did its share
    }
};

QTEST_GUILESS_MAIN(TestFastDecimal)
#include "test_fastdecimal.moc"
