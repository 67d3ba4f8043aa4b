// Figure of the local-agent issue: secret masking must keep up with step output.
// Measures SecretMasker::mask() in lines/s with 20 secrets registered (each with its
// derived encodings), on typical build-log lines: most contain no secret, some contain one
// (raw, URL-encoded or base64), a few are long. Also masks from several threads at once.
// Run: build/release/tests/bench/bench_masker
#include "core/agent/secretmasker.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

#include <benchmark/benchmark.h>

using mlops::agent::SecretMasker;

namespace {

// 20 pseudo-random 24-character secrets (letters, digits, '-', '_'), like generated keys.
QStringList makeSecrets()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    quint64 state = 0x9E3779B97F4A7C15ULL;
    QStringList secrets;
    for (int i = 0; i < 20; ++i) {
        QString secret;
        for (int c = 0; c < 24; ++c) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            secret += QLatin1Char(alphabet[state % 64]);
        }
        secrets.append(secret);
    }
    return secrets;
}

SecretMasker &masker()
{
    static SecretMasker instance;
    static const bool filled = [] {
        const QStringList secrets = makeSecrets();
        for (const QString &s : secrets)
            instance.addSecret(s);
        return true;
    }();
    (void)filled;
    return instance;
}

// 1,000 lines: ~90% plain compiler/pip/pytest-like output, ~10% with a secret in some form.
QStringList makeLines()
{
    const QStringList secrets = makeSecrets();
    QStringList lines;
    for (int i = 0; i < 1000; ++i) {
        QString line = QStringLiteral("[%1] Collecting package-%2==1.%3.0 (from -r requirements.txt (line %4)) "
                                      "Downloading https://files.example.org/packages/%2-1.%3.0-py3-none-any.whl")
                           .arg(i)
                           .arg(i % 37)
                           .arg(i % 11)
                           .arg(i % 50);
        if (i % 10 == 3)
            line += QStringLiteral(" token=") + secrets[i % 20];
        else if (i % 10 == 6)
            line += QStringLiteral(" url=https://u:") + QString::fromLatin1(QUrl::toPercentEncoding(secrets[i % 20]))
                + QStringLiteral("@host/");
        else if (i % 10 == 9)
            line += QStringLiteral(" auth=Basic ")
                + QString::fromLatin1(QByteArray("user:" + secrets[i % 20].toUtf8()).toBase64());
        if (i % 100 == 0)
            line = line.repeated(20);  // an occasional very long line (~3 KB)
        lines.append(line);
    }
    return lines;
}

void BM_MaskLines20Secrets(benchmark::State &state)
{
    SecretMasker &m = masker();
    static const QStringList lines = makeLines();
    qint64 bytes = 0;
    for (const QString &l : lines)
        bytes += l.size();
    for (auto _ : state) {
        for (const QString &l : lines)
            benchmark::DoNotOptimize(m.mask(l));
    }
    state.SetItemsProcessed(state.iterations() * lines.size());
    state.SetBytesProcessed(state.iterations() * bytes * qint64(sizeof(QChar)));
    state.counters["patterns"] = benchmark::Counter(m.patternCount(), benchmark::Counter::kAvgThreads);
}
BENCHMARK(BM_MaskLines20Secrets)->ThreadRange(1, 2)->UseRealTime();

void BM_MaskPlainLineNoSecretHit(benchmark::State &state)
{
    SecretMasker &m = masker();
    const QString line = QStringLiteral("   Compiling core/agent/secretmasker.cpp [ 42%] Building CXX object");
    for (auto _ : state)
        benchmark::DoNotOptimize(m.mask(line));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MaskPlainLineNoSecretHit);

}  // namespace

BENCHMARK_MAIN();
