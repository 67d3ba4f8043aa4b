#pragma once
// ArmHash: the two deterministic name generators of the ARM template language, computed
// exactly as Azure Resource Manager computes them, so that a name the validator prints is
// the name the deployment gets.
//
// uniqueString(a, b, …): the arguments are joined with '-' and encoded as UTF-8; the bytes
// are hashed with the 64-bit MurmurHash variant of Azure's expression engine (two 32-bit
// lanes over 8-byte blocks, multipliers 0x239B961B and 0xAB0E9789, rotations 15/17 on the
// keys and 19/13 on the lanes, lane constants 0x561CCD1B and 0x0BCAA747, seed 0, length
// mixed into both lanes, each lane finished with MurmurHash3's fmix32, then
// h1 += h2; h2 += h1; result = h2 << 32 | h1). The 64-bit result is written as 13 base-32
// characters (alphabet a–z then 2–7), five bits at a time from the most significant end.
// The result only depends on the arguments: the same inputs give the same 13 characters on
// every machine and in every version (the tests check it against published Azure values).
//
// guid(a, b, …): an RFC 4122 version-5 (SHA-1, name-based) UUID of the arguments joined
// with '-' (UTF-8) in the namespace 11fb06fb-712d-4ddd-98c7-e71bbd588830, lower case.
//
// Pure functions: thread-safe.

#include <QString>
#include <QStringList>

namespace mlops::infra {

class ArmHash {
public:
    static QString uniqueString(const QStringList &arguments);
    static QString guid(const QStringList &arguments);
    // The 64-bit hash behind uniqueString, for tests.
    static quint64 murmur64(const QByteArray &bytes);
};

}  // namespace mlops::infra
