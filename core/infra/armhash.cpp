#include "armhash.h"

#include <QByteArray>
#include <QUuid>

#include <algorithm>

namespace mlops::infra {

namespace {

constexpr quint32 kKeyMultiplierA = 0x239B961Bu;  // 597399067
constexpr quint32 kKeyMultiplierB = 0xAB0E9789u;  // 2869860233
constexpr quint32 kLaneAddend1 = 0x561CCD1Bu;     // 1444728091
constexpr quint32 kLaneAddend2 = 0x0BCAA747u;     // 197830471

constexpr quint32 rotateLeft(quint32 value, int bits) { return (value << bits) | (value >> (32 - bits)); }

// MurmurHash3's 32-bit finaliser.
constexpr quint32 finalMix(quint32 h)
{
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

// Little-endian load of `count` (1–4) bytes.
quint32 load(const unsigned char *bytes, int count)
{
    quint32 value = 0;
    for (int i = count - 1; i >= 0; --i)
        value = (value << 8) | bytes[i];
    return value;
}

quint32 mixFirstKey(quint32 k) { return rotateLeft(k * kKeyMultiplierA, 15) * kKeyMultiplierB; }
quint32 mixSecondKey(quint32 k) { return rotateLeft(k * kKeyMultiplierB, 17) * kKeyMultiplierA; }

QString joined(const QStringList &arguments) { return arguments.join(QLatin1Char('-')); }

}  // namespace

quint64 ArmHash::murmur64(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype length = data.size();
    quint32 lane1 = 0;
    quint32 lane2 = 0;
    qsizetype at = 0;
    for (; at + 8 <= length; at += 8) {
        lane1 ^= mixFirstKey(load(bytes + at, 4));
        lane1 = rotateLeft(lane1, 19) + lane2;
        lane1 = lane1 * 5 + kLaneAddend1;
        lane2 ^= mixSecondKey(load(bytes + at + 4, 4));
        lane2 = rotateLeft(lane2, 13) + lane1;
        lane2 = lane2 * 5 + kLaneAddend2;
    }
    const qsizetype rest = length - at;
    if (rest > 0) {
        lane1 ^= mixFirstKey(load(bytes + at, int(std::min<qsizetype>(rest, 4))));
        if (rest > 4)
            lane2 ^= mixSecondKey(load(bytes + at + 4, int(rest - 4)));
    }
    lane1 ^= quint32(length);
    lane2 ^= quint32(length);
    lane1 += lane2;
    lane2 += lane1;
    lane1 = finalMix(lane1);
    lane2 = finalMix(lane2);
    lane1 += lane2;
    lane2 += lane1;
    return (quint64(lane2) << 32) | lane1;
}

QString ArmHash::uniqueString(const QStringList &arguments)
{
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    quint64 hash = murmur64(joined(arguments).toUtf8());
    QString out;
    out.reserve(13);
    for (int i = 0; i < 13; ++i) {
        out.append(QLatin1Char(kAlphabet[hash >> 59]));
        hash <<= 5;
    }
    return out;
}

QString ArmHash::guid(const QStringList &arguments)
{
    static const QUuid kNamespace(QStringLiteral("11fb06fb-712d-4ddd-98c7-e71bbd588830"));
    return QUuid::createUuidV5(kNamespace, joined(arguments).toUtf8()).toString(QUuid::WithoutBraces).toLower();
}

}  // namespace mlops::infra
