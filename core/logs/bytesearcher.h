#pragma once
// ByteSearcher: finds a fixed byte string in memory, fast (SSE2 filter on the two needle
// bytes least common in log text, then a full compare), case-sensitive or ASCII-case-insensitive. Non-ASCII bytes always
// compare exactly. The needle is copied; the object is immutable after construction and
// may be used from several threads at once.
#include <QByteArray>
#include <QByteArrayView>

#include <array>

namespace mlops::logs {

class ByteSearcher {
public:
    ByteSearcher(QByteArrayView needle, bool caseSensitive);

    // First occurrence in [begin, end), or nullptr. An empty needle matches nothing.
    const char *find(const char *begin, const char *end) const;
    qsizetype needleSize() const { return m_needle.size(); }

private:
    bool matchesAt(const char *p) const;

    QByteArray m_needle;  // lower-cased when !m_caseSensitive
    bool m_caseSensitive = true;
    std::array<unsigned char, 256> m_fold{};
    // Two needle positions probed with SIMD: the bytes least common in log text.
    qsizetype m_probe1 = 0;
    qsizetype m_probe2 = 0;
};

}  // namespace mlops::logs
