// PowerShellTask: the .ps1 file the task writes for its inputs, refused inputs, the
// command line, finding pwsh on a PATH, the message when it is not installed.

#include "core/agent/powershelltask.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using agent::PowerShellTask;
using Inputs = agent::PowerShellTask::Inputs;

namespace {

Inputs inputs(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Inputs out;
    for (const auto &[key, value] : pairs)
        out.append({QString::fromLatin1(key), QString::fromUtf8(value)});
    return out;
}

const QString kExitTail = QStringLiteral("if (!(Test-Path -LiteralPath variable:\\LASTEXITCODE)) {\n"
                                         "    Write-Host '##vso[task.debug]$LASTEXITCODE is not set.'\n"
                                         "} else {\n"
                                         "    Write-Host ('##vso[task.debug]$LASTEXITCODE: {0}' -f $LASTEXITCODE)\n"
                                         "    exit $LASTEXITCODE\n"
                                         "}");

bool makeExecutable(const QString &path, bool executable)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n") < 0)
        return false;
    file.close();
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (executable)
        permissions |= QFileDevice::ExeOwner;
    return file.setPermissions(permissions);
}

}  // namespace

Q_DECLARE_METATYPE(Inputs)

class TestPowerShellTask : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scriptFile_data()
    {
        QTest::addColumn<Inputs>("given");
        QTest::addColumn<QString>("expected");  // without the BOM
        QTest::newRow("inline defaults")
            << inputs({{"targetType", "inline"}, {"script", "Write-Host hi"}})
            << QStringLiteral("$ErrorActionPreference = 'Stop'\n$ProgressPreference = 'SilentlyContinue'\nWrite-Host hi\n") + kExitTail;
        QTest::newRow("preferences, any case")
            << inputs({{"targetType", "inline"}, {"script", "x"}, {"errorActionPreference", "CONTINUE"},
                       {"warningPreference", "stop"}, {"informationPreference", "silentlycontinue"},
                       {"verbosePreference", "Continue"}, {"debugPreference", "default"}, {"progressPreference", "default"},
                       {"ignoreLASTEXITCODE", "true"}})
            << QStringLiteral("$ErrorActionPreference = 'Continue'\n$WarningPreference = 'Stop'\n"
                              "$InformationPreference = 'SilentlyContinue'\n$VerbosePreference = 'Continue'\nx");
        QTest::newRow("default error action")
            << inputs({{"targetType", "inline"}, {"script", "x"}, {"errorActionPreference", "default"},
                       {"ignoreLASTEXITCODE", "True"}})
            << QStringLiteral("$ProgressPreference = 'SilentlyContinue'\nx");
        QTest::newRow("showWarnings")
            << inputs({{"targetType", "inline"}, {"script", "Write-Warning w"}, {"showWarnings", "true"},
                       {"ignoreLASTEXITCODE", "true"}, {"progressPreference", "default"}})
            << QStringLiteral("$ErrorActionPreference = 'Stop'\n"
                              "$mlopsWarnings = New-Object System.Collections.ObjectModel.ObservableCollection[System.Management.Automation.WarningRecord]\n"
                              "$null = Register-ObjectEvent -InputObject $mlopsWarnings -EventName CollectionChanged -Action {\n"
                              "    if ($Event.SourceEventArgs.Action -like 'Add') {\n"
                              "        $Event.SourceEventArgs.NewItems | ForEach-Object { Write-Host \"##vso[task.logissue type=warning]$_\" }\n"
                              "    }\n"
                              "}\n"
                              "Invoke-Command {\nWrite-Warning w\n} -WarningVariable +mlopsWarnings");
    }

    void scriptFile()
    {
        QFETCH(Inputs, given);
        QFETCH(QString, expected);
        auto script = PowerShellTask::prepare(given, QStringLiteral("/src"));
        QVERIFY2(script.ok(), script.ok() ? "" : qPrintable(script.error().message));
        QCOMPARE(script->contents.at(0), QChar(0xFEFF));
        QCOMPARE(script->contents.mid(1), expected);
        QVERIFY(!script->separateScope);
    }

    void filePathRunsTheFileWithItsArguments()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("scripts")));
        QFile file(dir.filePath(QStringLiteral("scripts/it's.ps1")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto script = PowerShellTask::prepare(inputs({{"filePath", "scripts/it's.ps1"}, {"arguments", "-Name x"},
                                                      {"ignoreLASTEXITCODE", "true"}, {"runScriptInSeparateScope", "true"}}),
                                              dir.path());
        QVERIFY(script.ok());
        QVERIFY2(script->contents.endsWith(QStringLiteral("\n. '") + dir.path() + QStringLiteral("/scripts/it''s.ps1' -Name x")),
                 qPrintable(script->contents));
        QVERIFY(script->separateScope);
    }

    void refusedInputs_data()
    {
        QTest::addColumn<Inputs>("given");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad preference") << inputs({{"targetType", "inline"}, {"errorActionPreference", "Ignore"}})
                                        << QStringLiteral("the input errorActionPreference is 'Ignore'");
        QTest::newRow("bad target type") << inputs({{"targetType", "url"}})
                                         << QStringLiteral("the targetType 'url' is neither filePath nor inline");
        QTest::newRow("no file (the default target type)") << inputs({{"script", "x"}})
                                                           << QStringLiteral("the input filePath is required");
        QTest::newRow("not a .ps1") << inputs({{"targetType", "filePath"}, {"filePath", "/etc/hostname"}})
                                    << QStringLiteral("'/etc/hostname' is not an existing .ps1 file");
        QTest::newRow("missing file") << inputs({{"targetType", "filePath"}, {"filePath", "nope.ps1"}})
                                      << QStringLiteral("'/src/nope.ps1' is not an existing .ps1 file");
    }

    void refusedInputs()
    {
        QFETCH(Inputs, given);
        QFETCH(QString, message);
        auto script = PowerShellTask::prepare(given, QStringLiteral("/src"));
        QVERIFY(!script.ok());
        QCOMPARE(script.error().code, ErrorCode::InvalidInput);
        QVERIFY2(script.error().message.contains(message), qPrintable(script.error().message));
    }

    void commandLine()
    {
        QCOMPARE(PowerShellTask::arguments(QStringLiteral("/tmp/a'b.ps1"), false),
                 (QStringList{QStringLiteral("-NoLogo"), QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                              QStringLiteral("-Command"), QStringLiteral(". '/tmp/a''b.ps1'")}));
        QCOMPARE(PowerShellTask::arguments(QStringLiteral("/tmp/x.ps1"), true).last(), QStringLiteral("& '/tmp/x.ps1'"));
    }

    void findsPwshThenPowershellOnThePath()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        const QString c = dir.filePath(QStringLiteral("c"));
        for (const QString &folder : {a, b, c})
            QVERIFY(QDir().mkpath(folder));
        QCOMPARE(PowerShellTask::findExecutable(a + QLatin1Char(':') + b), QString());
        QVERIFY(makeExecutable(b + QStringLiteral("/pwsh"), false));  // not executable: not a candidate
        QCOMPARE(PowerShellTask::findExecutable(a + QLatin1Char(':') + b), QString());
        QVERIFY(makeExecutable(c + QStringLiteral("/powershell"), true));
        QCOMPARE(PowerShellTask::findExecutable(a + QLatin1Char(':') + c), c + QStringLiteral("/powershell"));
        QVERIFY(makeExecutable(a + QStringLiteral("/pwsh"), true));
        QCOMPARE(PowerShellTask::findExecutable(c + QLatin1Char(':') + a), a + QStringLiteral("/pwsh"));
        QCOMPARE(PowerShellTask::findExecutable(QString()), QString());
    }

    void notInstalledSaysHowToInstall()
    {
        const QString message = PowerShellTask::notInstalledMessage();
        QVERIFY(message.startsWith(QStringLiteral("PowerShell is not installed")));
        QVERIFY(message.contains(QStringLiteral("packages-microsoft-prod.deb")));
        QVERIFY(message.contains(QStringLiteral("apt-get install -y powershell")));
    }
};

QTEST_GUILESS_MAIN(TestPowerShellTask)
#include "test_powershelltask.moc"
