// SecretMasker: a secret printed in many encodings and positions never survives masking.
#include "core/agent/secretmasker.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace mlops::agent;
using Encoding = SecretMasker::Encoding;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }

QStringList sampleSecrets()
{
    return {s("p@ss-w0rd!"), s("AbCdEfGh12345678"), s("日本語のひみつ鍵"), s("a\"b\\c'd<e>&f g/h?i=j%k"),
            s("tab\tand\\tslash"), s("sp ace+plus")};
}
}  // namespace

class TestSecretMasker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodings_data();
    void encodings();
    void base64FragmentsMatchInsideLargerText_data();
    void base64FragmentsMatchInsideLargerText();
    void secretNeverSurvives_data();
    void secretNeverSurvives();
    void positions_data();
    void positions();
    void minimumLength_data();
    void minimumLength();
    void multiLineSecretMaskedPerLine();
    void noSecretsLeavesLine();
    void concurrentMasking();
};

void TestSecretMasker::encodings_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::newRow("raw") << s("a\"b") << int(Encoding::Raw) << s("a\"b");
    QTest::newRow("json quote backslash") << s("a\"b\\c") << int(Encoding::Json) << s("a\\\"b\\\\c");
    QTest::newRow("json controls") << s("a\nb\tc\rd\x01") << int(Encoding::Json) << s("a\\nb\\tc\\rd\\u0001");
    QTest::newRow("json keeps unicode") << s("é") << int(Encoding::Json) << s("é");
    QTest::newRow("json ascii") << s("é日") << int(Encoding::JsonAscii) << s("\\u00e9\\u65e5");
    QTest::newRow("uri") << s("a b/é~-._") << int(Encoding::UriData) << s("a%20b%2F%C3%A9~-._");
    QTest::newRow("uri form") << s("a b+c") << int(Encoding::UriForm) << s("a+b%2Bc");
    QTest::newRow("xml") << s("<a&'\">") << int(Encoding::Xml) << s("&lt;a&amp;&apos;&quot;&gt;");
    QTest::newRow("backslash unescaped") << s("a\\\\b\\'c\\\"d\\te") << int(Encoding::BackslashUnescaped)
                                         << s("a\\b'c\"d\te");
    QTest::newRow("expression string") << s("it's") << int(Encoding::ExpressionString) << s("it''s");
    QTest::newRow("shell single quoted") << s("it's") << int(Encoding::ShellSingleQuoted) << s("it'\\''s");
    QTest::newRow("base64 +0") << s("secret") << int(Encoding::Base64Offset0) << s("c2VjcmV0");
    // "\0secret" → "AHNlY3JldA==": chars fully inside the secret start at index 2 ("NlY3JldA"→ up to bit 56).
    QTest::newRow("base64 +1") << s("secret") << int(Encoding::Base64Offset1) << s("NlY3Jld");
    QTest::newRow("base64 +2") << s("secret") << int(Encoding::Base64Offset2) << s("zZWNyZX");
    QTest::newRow("base64url +0") << s("~~~>>>") << int(Encoding::Base64UrlOffset0) << s("fn5-Pj4-");
    QTest::newRow("base64 +0 std alphabet") << s("~~~>>>") << int(Encoding::Base64Offset0) << s("fn5+Pj4+");
}

void TestSecretMasker::encodings()
{
    QFETCH(QString, value);
    QFETCH(int, encoding);
    QFETCH(QString, expected);
    QCOMPARE(SecretMasker::encode(value, Encoding(encoding)), expected);
}

void TestSecretMasker::base64FragmentsMatchInsideLargerText_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("prefixBytes");
    QTest::addColumn<bool>("url");
    const QStringList secrets = sampleSecrets();
    for (const QString &secret : secrets) {
        for (int prefix = 0; prefix < 7; ++prefix) {
            for (bool url : {false, true}) {
                QTest::addRow("%s prefix %d%s", qPrintable(secret.left(6)), prefix, url ? " url" : "")
                    << secret << prefix << url;
            }
        }
    }
}

void TestSecretMasker::base64FragmentsMatchInsideLargerText()
{
    QFETCH(QString, secret);
    QFETCH(int, prefixBytes);
    QFETCH(bool, url);
    QByteArray data = QByteArray("PREFIX!").left(prefixBytes);
    data += secret.toUtf8();
    data += QByteArray("~suffix-bytes");
    const auto options = url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding;
    const QString encoded = QString::fromLatin1(data.toBase64(options));
    const int offset = prefixBytes % 3;
    const Encoding e = url ? Encoding(int(Encoding::Base64UrlOffset0) + offset)
                           : Encoding(int(Encoding::Base64Offset0) + offset);
    const QString fragment = SecretMasker::encode(secret, e);
    QVERIFY(fragment.size() >= 6);
    QVERIFY2(encoded.contains(fragment), qPrintable(encoded + s(" / ") + fragment));

    SecretMasker masker;
    masker.addSecret(secret);
    const QString masked = masker.mask(QString(s("payload: ") + encoded));
    QVERIFY(masked.contains(SecretMasker::kMask));
    QVERIFY(!masked.contains(fragment));
}

namespace {

// How a script might print a secret, computed independently of SecretMasker::encode().
enum class Printer {
    Raw, JsonDocument, PercentEncoded, FormEncoded, HtmlEscaped, XmlEscaped, Base64Whole,
    Base64AfterOne, Base64AfterTwo, Base64UrlAfterFive, ShellQuoted, ExpressionQuoted, Repeated, Adjacent,
};

QString printerName(Printer p)
{
    static const char *const names[] = {"raw", "json-document", "percent", "form", "html", "xml", "base64",
                                        "base64+1", "base64+2", "base64url+5", "shell-quoted", "expression",
                                        "repeated", "adjacent"};
    return QString::fromLatin1(names[int(p)]);
}

QString print(const QString &secret, Printer p)
{
    switch (p) {
    case Printer::Raw: return secret;
    case Printer::JsonDocument:
        return QString::fromUtf8(QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact));
    case Printer::PercentEncoded: return QString::fromLatin1(QUrl::toPercentEncoding(secret));
    case Printer::FormEncoded:
        return QString::fromLatin1(QUrl::toPercentEncoding(secret)).replace(QLatin1String("%20"), QLatin1String("+"));
    case Printer::HtmlEscaped: return secret.toHtmlEscaped();
    case Printer::XmlEscaped: return secret.toHtmlEscaped().replace(QLatin1String("'"), QLatin1String("&apos;"));
    case Printer::Base64Whole: return QString::fromLatin1(secret.toUtf8().toBase64());
    case Printer::Base64AfterOne: return QString::fromLatin1(QByteArray(QByteArray("x") + secret.toUtf8() + "!").toBase64());
    case Printer::Base64AfterTwo: return QString::fromLatin1(QByteArray(QByteArray("xy") + secret.toUtf8() + "!?").toBase64());
    case Printer::Base64UrlAfterFive:
        return QString::fromLatin1(QByteArray(QByteArray("user:") + secret.toUtf8()).toBase64(QByteArray::Base64UrlEncoding));
    case Printer::ShellQuoted:
        return QLatin1Char('\'') + QString(secret).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
    case Printer::ExpressionQuoted:
        return QLatin1Char('\'') + QString(secret).replace(QLatin1String("'"), QLatin1String("''")) + QLatin1Char('\'');
    case Printer::Repeated: return secret + QLatin1Char(' ') + secret + QLatin1Char(' ') + secret;
    case Printer::Adjacent: return secret + secret;
    }
    return {};
}

// The part of the printed text that must not survive (for base64: the decodable core).
bool leaks(const QString &masked, const QString &secret, Printer p)
{
    if (masked.contains(secret))
        return true;
    switch (p) {
    case Printer::Base64Whole:
    case Printer::Base64AfterOne:
    case Printer::Base64AfterTwo:
    case Printer::Base64UrlAfterFive: {
        // Decode every base64-looking run of the masked line; the secret must not reappear.
        static const QRegularExpression run(QStringLiteral("[A-Za-z0-9+/_=-]{4,}"));
        auto it = run.globalMatch(masked);
        while (it.hasNext()) {
            const QString text = it.next().captured(0);
            for (auto opt : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                if (QString::fromUtf8(QByteArray::fromBase64(text.toLatin1(), opt)).contains(secret))
                    return true;
            }
        }
        return false;
    }
    case Printer::JsonDocument: {
        const QString printed = print(secret, p);  // ["body"]
        return masked.contains(printed.mid(2, printed.size() - 4));
    }
    case Printer::ShellQuoted:
    case Printer::ExpressionQuoted: {
        const QString printed = print(secret, p);  // 'body'
        return masked.contains(printed.mid(1, printed.size() - 2));
    }
    default:
        return masked.contains(print(secret, p));
    }
}

}  // namespace

void TestSecretMasker::secretNeverSurvives_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("printer");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    const QStringList secrets = sampleSecrets();
    const QList<QPair<QString, QString>> positions{{QString(), QString()},        // whole line
                                                   {QString(), s(" tail")},       // start
                                                   {s("head "), s(" tail")},      // middle
                                                   {s("head="), QString()},       // end
                                                   {s("{\"k\":"), s("}")}};       // inside JSON
    int n = 0;
    for (const QString &secret : secrets) {
        for (int p = 0; p <= int(Printer::Adjacent); ++p) {
            for (const auto &pos : positions) {
                QTest::addRow("%d %s %s", n++, qPrintable(printerName(Printer(p))), qPrintable(secret.left(4)))
                    << secret << p << pos.first << pos.second;
            }
        }
    }
}

void TestSecretMasker::secretNeverSurvives()
{
    QFETCH(QString, secret);
    QFETCH(int, printer);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    const Printer p = Printer(printer);
    SecretMasker masker;
    masker.addSecret(secret);
    const QString line = prefix + print(secret, p) + suffix;
    QVERIFY(leaks(line, secret, p));  // the unmasked line does leak (the check is meaningful)
    const QString masked = masker.mask(line);
    QVERIFY2(!leaks(masked, secret, p), qPrintable(masked));
    QVERIFY(masked.contains(SecretMasker::kMask));
    QVERIFY(masked.startsWith(prefix));
    QVERIFY(masked.endsWith(suffix));
}

void TestSecretMasker::positions_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    const QStringList one{s("hunter22")};
    QTest::newRow("start") << one << s("hunter22 is it") << s("*** is it");
    QTest::newRow("middle") << one << s("pw hunter22 ok") << s("pw *** ok");
    QTest::newRow("end") << one << s("pw=hunter22") << s("pw=***");
    QTest::newRow("whole") << one << s("hunter22") << s("***");
    QTest::newRow("repeated") << one << s("hunter22 and hunter22") << s("*** and ***");
    QTest::newRow("adjacent same") << one << s("hunter22hunter22") << s("***");
    QTest::newRow("self-overlap") << QStringList{s("aaaa")} << s("xaaaaaay") << s("x***y");
    QTest::newRow("adjacent different") << QStringList{s("secretA1"), s("secretB2")} << s("[secretA1secretB2]")
                                        << s("[***]");
    QTest::newRow("overlapping different") << QStringList{s("abcdef"), s("defghi")} << s("xxabcdefghixx")
                                           << s("xx***xx");
    QTest::newRow("contained shorter") << QStringList{s("abcd"), s("abcdefgh")} << s("1abcdefgh2 abcd")
                                       << s("1***2 ***");
    QTest::newRow("case-sensitive") << one << s("HUNTER22") << s("HUNTER22");
    QTest::newRow("partial not masked") << one << s("hunter2") << s("hunter2");
    QTest::newRow("url-encoded in url") << QStringList{s("p@ss w/rd")} << s("https://u:p%40ss%20w%2Frd@host/")
                                        << s("https://u:***@host/");
    QTest::newRow("json in json") << QStringList{s("q\"uote\\d")} << s("{\"pw\":\"q\\\"uote\\\\d\"}")
                                  << s("{\"pw\":\"***\"}");
    QTest::newRow("xml attr") << QStringList{s("a<b>&c")} << s("<k v=\"a&lt;b&gt;&amp;c\"/>") << s("<k v=\"***\"/>");
    QTest::newRow("empty line") << one << QString() << QString();
}

void TestSecretMasker::positions()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, line);
    QFETCH(QString, expected);
    SecretMasker masker;
    for (const QString &secret : secrets)
        masker.addSecret(secret);
    QCOMPARE(masker.mask(line), expected);
}

void TestSecretMasker::minimumLength_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("masked");
    QTest::newRow("default masks 1 char") << 1 << s("x") << true;
    QTest::newRow("3 below 4") << 4 << s("abc") << false;
    QTest::newRow("4 at 4") << 4 << s("abcd") << true;
    QTest::newRow("clamped to 6") << 100 << s("abcdef") << true;
    QTest::newRow("clamped: 5 below 6") << 100 << s("abcde") << false;
    QTest::newRow("zero clamps to 1") << 0 << s("z") << true;
}

void TestSecretMasker::minimumLength()
{
    QFETCH(int, minimum);
    QFETCH(QString, secret);
    QFETCH(bool, masked);
    SecretMasker masker(minimum);
    QVERIFY(masker.minimumLength() >= 1 && masker.minimumLength() <= SecretMasker::kMaximumMinimumLength);
    masker.addSecret(secret);
    const QString line = s("<") + secret + s(">");
    QCOMPARE(masker.mask(line) == s("<***>"), masked);
    // Short values never register base64 fragments (they would match unrelated base64 text).
    SecretMasker m2;
    m2.addSecret(s("abc"));
    QCOMPARE(m2.patternCount(), 1);
}

void TestSecretMasker::multiLineSecretMaskedPerLine()
{
    SecretMasker masker;
    masker.addSecret(s("-----BEGIN KEY-----\r\nMIIBOgIBAAJBAKj34\n-----END KEY-----"));
    QCOMPARE(masker.mask(s("MIIBOgIBAAJBAKj34")), s("***"));
    QCOMPARE(masker.mask(s("x -----END KEY----- y")), s("x *** y"));
}

void TestSecretMasker::noSecretsLeavesLine()
{
    SecretMasker masker;
    QCOMPARE(masker.mask(s("nothing to hide")), s("nothing to hide"));
    masker.addSecret(QString());
    QCOMPARE(masker.patternCount(), 0);
    masker.addSecret(s("dup-secret"));
    const int count = masker.patternCount();
    masker.addSecret(s("dup-secret"));
    QCOMPARE(masker.patternCount(), count);
}

void TestSecretMasker::concurrentMasking()
{
    SecretMasker masker;
    masker.addSecret(s("first-secret-value"));
    std::atomic<int> leaks{0};
    std::atomic<bool> stop{false};
    std::vector<std::thread> readers;
    for (int t = 0; t < 4; ++t) {
        readers.emplace_back([&] {
            int rounds = 0;
            while (!stop.load() || rounds < 200) {
                const QString out = masker.mask(s("a first-secret-value b Zmlyc3Qtc2VjcmV0LXZhbHVl c"));
                if (out.contains(s("first-secret")) || out.contains(s("Zmlyc3Qtc2VjcmV0LXZhbHVl")))
                    ++leaks;
                ++rounds;
            }
        });
    }
    for (int i = 0; i < 200; ++i)
        masker.addSecret(s("extra-secret-%1").arg(i));
    stop = true;
    for (auto &t : readers)
        t.join();
    QCOMPARE(leaks.load(), 0);
    QCOMPARE(masker.mask(s("extra-secret-199")), s("***"));
}

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "test_secretmasker.moc"
