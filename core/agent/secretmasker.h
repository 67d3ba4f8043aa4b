#pragma once
// Replaces every registered secret, and the encodings a script is likely to print it in,
// with "***" in a line of log output (LANGUAGE.md §18).
//
// addSecret(value) registers the value and these derived forms (deduplicated):
//   Raw, Json (JSON string body: \" \\ \b \f \n \r \t \u00xx), JsonAscii (Json plus
//   non-ASCII as \uxxxx, Python's default), UriData (RFC 3986 percent-encoding of UTF-8,
//   unreserved kept, upper-case hex), UriForm (as UriData with space as '+'), Xml
//   (&amp; &lt; &gt; &quot; &apos;), Html (as Xml but ' kept), BackslashUnescaped (the agent's backslash form:
//   \\ → \, \' → ', \" → ", \t → tab), ExpressionString (' → ''), ShellSingleQuoted
//   (' → '\''), and Base64 / Base64Url of the UTF-8 bytes at the three byte alignments a
//   value can have inside a larger encoded text (only the characters fully determined by
//   the secret's bytes, so the fragment matches wherever the secret sits).
// A multi-line value is also registered line by line (masking works per line).
//
// Minimum length: forms shorter than minimumLength() (1..6, default 1; the agent caps the
// configurable minimum at 6) are not registered; Base64 fragments additionally need at
// least kMinimumBase64Length characters, since short fragments match unrelated base64 text.
//
// mask(): finds all occurrences of all forms (including overlapping ones), merges
// overlapping or touching ranges, and replaces each merged range by one "***"; patterns
// are tried longest first. Thread-safe: mask() may run concurrently from any number of
// threads while addSecret() is called. The pattern set is immutable once published:
// addSecret() builds a new set and swaps a pointer, mask() works on the set current when it
// starts (no lock held while scanning, so masking never starves registration).

#include <QList>
#include <QSet>
#include <QString>
#include <QStringMatcher>

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace mlops::agent {

class SecretMasker {
public:
    enum class Encoding {
        Raw, Json, JsonAscii, UriData, UriForm, Xml, Html, BackslashUnescaped, ExpressionString,
        ShellSingleQuoted, Base64Offset0, Base64Offset1, Base64Offset2,
        Base64UrlOffset0, Base64UrlOffset1, Base64UrlOffset2,
    };
    static constexpr int kMaximumMinimumLength = 6;
    static constexpr int kMinimumBase64Length = 6;
    static inline const QString kMask = QStringLiteral("***");

    explicit SecretMasker(int minimumLength = 1);
    SecretMasker(const SecretMasker &) = delete;
    SecretMasker &operator=(const SecretMasker &) = delete;

    int minimumLength() const { return m_minimumLength; }

    // Registers a secret and its encodings. Empty values are ignored.
    void addSecret(const QString &value);

    // The line with every registered form replaced by "***".
    QString mask(QStringView line) const;
    // The ranges [start, end) of `line` that mask() replaces, merged and sorted.
    using Range = std::pair<qsizetype, qsizetype>;
    std::vector<Range> maskedRanges(QStringView line) const;
    // The length of the longest registered form (0 when none): an occurrence that ends
    // at or after position p of a text starts after p - longestFormLength().
    qsizetype longestFormLength() const;

    int patternCount() const;

    // One encoding of a value (empty when the encoding yields nothing for it, e.g. a
    // base64 fragment of a value too short to fill a whole character).
    static QString encode(QStringView value, Encoding encoding);
    static QList<Encoding> allEncodings();
    static QString encodingName(Encoding encoding);

private:
    struct Pattern {
        explicit Pattern(const QString &t) : text(t), matcher(text, Qt::CaseSensitive) {}
        const QString text;
        const QStringMatcher matcher;  // built in place, never copied
    };
    struct PatternSet {
        QList<std::shared_ptr<const Pattern>> patterns;  // longest first
        QSet<QString> known;
    };
    std::shared_ptr<const PatternSet> snapshot() const;

    const int m_minimumLength;
    std::mutex m_writeMutex;          // serialises addSecret()
    mutable std::mutex m_setMutex;    // guards m_set (the pointer only)
    std::shared_ptr<const PatternSet> m_set;
};

}  // namespace mlops::agent
