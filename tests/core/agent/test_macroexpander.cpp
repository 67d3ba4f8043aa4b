// MacroExpander: single-pass $(name) substitution and the recursive job-start expansion.
#include "core/agent/macroexpander.h"

#include <QTest>

using namespace mlops::agent;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }

VariableMap vars()
{
    VariableMap v;
    v.set(s("a"), s("A"));
    v.set(s("b"), s("B"));
    v.set(s("Build.SourcesDirectory"), s("/w/s"));
    v.set(s("a.b"), s("dotted"));
    v.set(s("ab"), s("AB"));
    v.set(s("self"), s("$(self)"));
    v.set(s("ref"), s("$(a)"));
    v.set(s("empty"), QString());
    v.set(s("pw"), s("hunter22"), true);
    v.set(s("build.step.out"), s("O"));
    return v;
}
}  // namespace

using Pairs = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Pairs)

class TestMacroExpander : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expand_data();
    void expand();
    void expandLookupFunction();
    void usedSecret();
    void referencedNames();
    void recursive_data();
    void recursive();
    void depthLimit_data();
    void depthLimit();
};

void TestMacroExpander::expand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("replaced");
    QTest::newRow("no macro") << s("plain text") << s("plain text") << 0;
    QTest::newRow("simple") << s("x $(a) y") << s("x A y") << 1;
    QTest::newRow("case-insensitive") << s("$(A)$(B)") << s("AB") << 2;
    QTest::newRow("dotted name") << s("$(Build.SourcesDirectory)/src") << s("/w/s/src") << 1;
    QTest::newRow("a.b") << s("$(a.b)") << s("dotted") << 1;
    QTest::newRow("output name") << s("$(build.step.out)") << s("O") << 1;
    QTest::newRow("unknown left") << s("$(nope) and $(a)") << s("$(nope) and A") << 1;
    QTest::newRow("empty name") << s("$()") << s("$()") << 0;
    QTest::newRow("unterminated") << s("$(a") << s("$(a") << 0;
    QTest::newRow("unterminated after") << s("$(a) $(b") << s("A $(b") << 1;
    QTest::newRow("nested") << s("$(a$(b))") << s("$(aB)") << 1;
    QTest::newRow("nested known outer") << s("$(a$(b)") << s("$(aB") << 1;
    QTest::newRow("inserted text not rescanned") << s("$(ref)") << s("$(a)") << 1;
    QTest::newRow("self reference single pass") << s("$(self)") << s("$(self)") << 1;
    QTest::newRow("no escape: $$") << s("$$(a)") << s("$A") << 1;
    QTest::newRow("no escape: backslash") << s("\\$(a)") << s("\\A") << 1;
    QTest::newRow("rev token") << s("1.0.$(Rev:r)") << s("1.0.$(Rev:r)") << 0;
    QTest::newRow("date token") << s("$(Date:yyyyMMdd).$(a)") << s("$(Date:yyyyMMdd).A") << 1;
    QTest::newRow("empty value") << s("[$(empty)]") << s("[]") << 1;
    QTest::newRow("adjacent") << s("$(a)$(b)$(a)") << s("ABA") << 3;
    QTest::newRow("spaces in name") << s("$( a )") << s("$( a )") << 0;
    QTest::newRow("dollar alone") << s("$ ( a )") << s("$ ( a )") << 0;
    QTest::newRow("bash subshell") << s("echo $(date +%s)") << s("echo $(date +%s)") << 0;
    QTest::newRow("secret expands") << s("--password $(pw)") << s("--password hunter22") << 1;
    QTest::newRow("runtime expr untouched") << s("$[ variables.a ]") << s("$[ variables.a ]") << 0;
    QTest::newRow("template expr untouched") << s("${{ variables.a }}") << s("${{ variables.a }}") << 0;
    QTest::newRow("unicode") << s("値=$(a)") << s("値=A") << 1;
    QTest::newRow("paren in value after") << s("$(a))") << s("A)") << 1;
}

void TestMacroExpander::expand()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, replaced);
    MacroExpander::Stats stats;
    QCOMPARE(MacroExpander::expand(text, vars(), &stats), expected);
    QCOMPARE(stats.replaced, replaced);
}

void TestMacroExpander::expandLookupFunction()
{
    int calls = 0;
    const auto lookup = [&](QStringView name) -> std::optional<QString> {
        ++calls;
        if (name == QLatin1String("x"))
            return s("1");
        return std::nullopt;
    };
    QCOMPARE(MacroExpander::expand(s("$(x)+$(y)+$(Rev:r)+$()"), lookup), s("1+$(y)+$(Rev:r)+$()"));
    QCOMPARE(calls, 2);  // run-number tokens and the empty name are never looked up
}

void TestMacroExpander::usedSecret()
{
    MacroExpander::Stats stats;
    MacroExpander::expand(s("$(a)"), vars(), &stats);
    QVERIFY(!stats.usedSecret);
    MacroExpander::expand(s("$(PW)"), vars(), &stats);
    QVERIFY(stats.usedSecret);
}

void TestMacroExpander::referencedNames()
{
    QCOMPARE(MacroExpander::referencedNames(s("$(a) $(b.c) $() $(Rev:r) $(x$(y))")),
             (QStringList{s("a"), s("b.c"), s("x$(y"), s("y")}));
}

void TestMacroExpander::recursive_data()
{
    QTest::addColumn<Pairs>("input");        // name, value ("!" prefix on the name = secret)
    QTest::addColumn<Pairs>("expected");     // name, expanded value
    QTest::addColumn<QStringList>("errors"); // "name:cycle" / "name:depth"
    QTest::addColumn<QStringList>("secret"); // names that are secret afterwards

    QTest::newRow("chain") << Pairs{{s("a"), s("$(b)-a")}, {s("b"), s("$(c)-b")}, {s("c"), s("c")}}
                           << Pairs{{s("a"), s("c-b-a")}, {s("b"), s("c-b")}, {s("c"), s("c")}} << QStringList{}
                           << QStringList{};
    QTest::newRow("case-insensitive refs") << Pairs{{s("Root"), s("$(ROOT.dir)/x")}, {s("root.Dir"), s("/r")}}
                                           << Pairs{{s("Root"), s("/r/x")}, {s("root.Dir"), s("/r")}}
                                           << QStringList{} << QStringList{};
    QTest::newRow("unknown kept") << Pairs{{s("a"), s("$(zz)$(b)")}, {s("b"), s("B")}}
                                  << Pairs{{s("a"), s("$(zz)B")}, {s("b"), s("B")}} << QStringList{} << QStringList{};
    QTest::newRow("self cycle") << Pairs{{s("a"), s("x$(a)")}} << Pairs{{s("a"), s("x$(a)")}}
                                << QStringList{s("a:cycle")} << QStringList{};
    QTest::newRow("two cycle") << Pairs{{s("a"), s("$(b)")}, {s("b"), s("$(a)")}, {s("c"), s("[$(a)]")}}
                               << Pairs{{s("a"), s("$(b)")}, {s("b"), s("$(a)")}, {s("c"), s("[$(a)]")}}
                               << QStringList{s("a:cycle"), s("b:cycle")} << QStringList{};
    QTest::newRow("three cycle plus tail") << Pairs{{s("a"), s("$(b)")}, {s("b"), s("$(c)")}, {s("c"), s("$(a)$(d)")},
                                                    {s("d"), s("D")}}
                                           << Pairs{{s("a"), s("$(b)")}, {s("b"), s("$(c)")}, {s("c"), s("$(a)$(d)")},
                                                    {s("d"), s("D")}}
                                           << QStringList{s("a:cycle"), s("b:cycle"), s("c:cycle")} << QStringList{};
    QTest::newRow("cycle reached from outside first") << Pairs{{s("0x"), s("<$(a)>")}, {s("a"), s("$(b)")},
                                                               {s("b"), s("$(a)")}}
                                                      << Pairs{{s("0x"), s("<$(a)>")}, {s("a"), s("$(b)")},
                                                               {s("b"), s("$(a)")}}
                                                      << QStringList{s("a:cycle"), s("b:cycle")} << QStringList{};
    QTest::newRow("diamond") << Pairs{{s("a"), s("$(b)$(c)")}, {s("b"), s("$(d)")}, {s("c"), s("$(d)")},
                                      {s("d"), s("D")}}
                             << Pairs{{s("a"), s("DD")}, {s("b"), s("D")}, {s("c"), s("D")}, {s("d"), s("D")}}
                             << QStringList{} << QStringList{};
    QTest::newRow("secret not expanded") << Pairs{{s("!pw"), s("$(a)x")}, {s("a"), s("A")}}
                                         << Pairs{{s("pw"), s("$(a)x")}, {s("a"), s("A")}} << QStringList{}
                                         << QStringList{s("pw")};
    QTest::newRow("secret inserted makes secret") << Pairs{{s("!pw"), s("hunter22")}, {s("url"), s("u:$(pw)@h")}}
                                                  << Pairs{{s("pw"), s("hunter22")}, {s("url"), s("u:hunter22@h")}}
                                                  << QStringList{} << QStringList{s("pw"), s("url")};
    QTest::newRow("secret self ref is no cycle") << Pairs{{s("!pw"), s("$(pw)")}} << Pairs{{s("pw"), s("$(pw)")}}
                                                 << QStringList{} << QStringList{s("pw")};
    QTest::newRow("expanded value not a new macro") << Pairs{{s("a"), s("$$(b)")}, {s("b"), s("(c)")}, {s("c"), s("C")}}
                                                    << Pairs{{s("a"), s("$(c)")}, {s("b"), s("(c)")}, {s("c"), s("C")}}
                                                    << QStringList{} << QStringList{};
    QTest::newRow("run-number token kept") << Pairs{{s("n"), s("$(Rev:r)")}} << Pairs{{s("n"), s("$(Rev:r)")}}
                                           << QStringList{} << QStringList{};
}

void TestMacroExpander::recursive()
{
    QFETCH(Pairs, input);
    QFETCH(Pairs, expected);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, secret);
    VariableMap in;
    for (const auto &p : input) {
        const bool isSecret = p.first.startsWith(QLatin1Char('!'));
        in.set(isSecret ? p.first.mid(1) : p.first, p.second, isSecret);
    }
    const auto out = MacroExpander::expandVariables(in);
    QCOMPARE(out.variables.size(), in.size());
    for (const auto &e : expected) {
        QVERIFY2(out.variables.find(e.first), qPrintable(e.first));
        QCOMPARE(out.variables.find(e.first)->value, e.second);
        QCOMPARE(out.variables.find(e.first)->isSecret, secret.contains(e.first));
    }
    QStringList actual;
    for (const auto &err : out.errors) {
        actual.append(err.variable + (err.kind == MacroExpander::ExpansionError::Kind::Cycle ? s(":cycle") : s(":depth")));
        QVERIFY(err.message.contains(s("'") + err.variable + s("'")));
        if (err.kind == MacroExpander::ExpansionError::Kind::Cycle)
            QVERIFY2(err.message.contains(s(" -> ")), qPrintable(err.message));
    }
    QCOMPARE(actual, errors);
}

void TestMacroExpander::depthLimit_data()
{
    QTest::addColumn<int>("chainLength");  // v0 -> v1 -> ... -> v(n-1) (a plain value)
    QTest::addColumn<int>("failing");      // how many of the head variables fail
    QTest::newRow("depth 50 ok") << 51 << 0;  // v0 has 50 levels below it
    QTest::newRow("depth 51 fails head") << 52 << 1;
    QTest::newRow("depth 60") << 61 << 10;
    QTest::newRow("short") << 3 << 0;
}

void TestMacroExpander::depthLimit()
{
    QFETCH(int, chainLength);
    QFETCH(int, failing);
    VariableMap in;
    for (int i = 0; i < chainLength; ++i) {
        const QString value = i + 1 < chainLength ? s("$(v%1)").arg(i + 1) : s("end");
        in.set(s("v%1").arg(i), value);
    }
    const auto out = MacroExpander::expandVariables(in);
    QCOMPARE(int(out.errors.size()), failing);
    for (const auto &e : out.errors) {
        QCOMPARE(e.kind, MacroExpander::ExpansionError::Kind::DepthExceeded);
        QVERIFY(e.message.contains(s("50")));
    }
    for (int i = 0; i < chainLength; ++i) {
        const QString name = s("v%1").arg(i);
        const bool fails = i < failing;
        QCOMPARE(out.variables.find(name)->value == s("end"), !fails);
        if (fails)
            QCOMPARE(out.variables.find(name)->value, in.find(name)->value);
    }
}

QTEST_GUILESS_MAIN(TestMacroExpander)
#include "test_macroexpander.moc"
