#include "core/agent/powershelltask.h"

#include "core/agent/builtintask.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mlops::agent {

namespace {

struct Preference {
    const char *input;
    const char *variable;
    const char *fallback;
};

// The preference inputs in the order the task writes them, with their defaults.
constexpr Preference kPreferences[] = {
    {"errorActionPreference", "ErrorActionPreference", "stop"},
    {"warningPreference", "WarningPreference", "default"},
    {"informationPreference", "InformationPreference", "default"},
    {"verbosePreference", "VerbosePreference", "default"},
    {"debugPreference", "DebugPreference", "default"},
    {"progressPreference", "ProgressPreference", "silentlyContinue"},
};

// The spelling PowerShell shows for a preference value; empty when it is not one.
QString preferenceValue(const QString &text)
{
    for (const char *value : {"Default", "Stop", "Continue", "SilentlyContinue"}) {
        if (text.trimmed().compare(QLatin1String(value), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value);
    }
    return {};
}

bool isTrue(const QString &text) { return text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0; }

// A PowerShell single-quoted string literal.
QString quoted(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

}  // namespace

Result<PowerShellScript> PowerShellTask::prepare(const Inputs &inputs, const QString &defaultDirectory)
{
    QStringList lines;
    for (const Preference &preference : kPreferences) {
        const QString input = QString::fromLatin1(preference.input);
        const QString given = BuiltinTask::input(inputs, {input}, QString::fromLatin1(preference.fallback));
        const QString value = preferenceValue(given);
        if (value.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("PowerShell@2: the input %1 is '%2'; it must be default, stop, continue or "
                                            "silentlyContinue")
                                 .arg(input, given));
        if (value != QLatin1String("Default"))
            lines.append(QStringLiteral("$%1 = '%2'").arg(QString::fromLatin1(preference.variable), value));
    }

    const QString targetType = BuiltinTask::input(inputs, {QStringLiteral("targetType")}, QStringLiteral("filePath")).trimmed();
    QString body;
    if (targetType.compare(QLatin1String("filePath"), Qt::CaseInsensitive) == 0) {
        QString file = BuiltinTask::input(inputs, {QStringLiteral("filePath")}).trimmed();
        if (file.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("PowerShell@2: the input filePath is required when targetType is filePath"));
        if (QDir::isRelativePath(file))
            file = QDir(defaultDirectory).filePath(file);
        if (!QFileInfo(file).isFile() || !file.endsWith(QLatin1String(".ps1"), Qt::CaseInsensitive))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("PowerShell@2: the filePath '%1' is not an existing .ps1 file").arg(file));
        const QString call = QStringLiteral(". ") + quoted(file) + QLatin1Char(' ') +
                             BuiltinTask::input(inputs, {QStringLiteral("arguments")});
        body = call.trimmed();
    } else if (targetType.compare(QLatin1String("inline"), Qt::CaseInsensitive) == 0) {
        body = BuiltinTask::input(inputs, {QStringLiteral("script")});
    } else {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("PowerShell@2: the targetType '%1' is neither filePath nor inline").arg(targetType));
    }

    if (isTrue(BuiltinTask::input(inputs, {QStringLiteral("showWarnings")}))) {
        // Warnings collected through -WarningVariable are echoed as warning issues as they come.
        lines.append(QStringLiteral("$mlopsWarnings = New-Object System.Collections.ObjectModel.ObservableCollection[System.Management.Automation.WarningRecord]"));
        lines.append(QStringLiteral("$null = Register-ObjectEvent -InputObject $mlopsWarnings -EventName CollectionChanged -Action {"));
        lines.append(QStringLiteral("    if ($Event.SourceEventArgs.Action -like 'Add') {"));
        lines.append(QStringLiteral("        $Event.SourceEventArgs.NewItems | ForEach-Object { Write-Host \"##vso[task.logissue type=warning]$_\" }"));
        lines.append(QStringLiteral("    }"));
        lines.append(QStringLiteral("}"));
        body = QStringLiteral("Invoke-Command {\n") + body + QStringLiteral("\n} -WarningVariable +mlopsWarnings");
    }
    lines.append(body);
    if (!isTrue(BuiltinTask::input(inputs, {QStringLiteral("ignoreLASTEXITCODE")}))) {
        lines.append(QStringLiteral("if (!(Test-Path -LiteralPath variable:\\LASTEXITCODE)) {"));
        lines.append(QStringLiteral("    Write-Host '##vso[task.debug]$LASTEXITCODE is not set.'"));
        lines.append(QStringLiteral("} else {"));
        lines.append(QStringLiteral("    Write-Host ('##vso[task.debug]$LASTEXITCODE: {0}' -f $LASTEXITCODE)"));
        lines.append(QStringLiteral("    exit $LASTEXITCODE"));
        lines.append(QStringLiteral("}"));
    }
    PowerShellScript script;
    script.contents = QChar(0xFEFF) + lines.join(QLatin1Char('\n'));
    script.separateScope = isTrue(BuiltinTask::input(inputs, {QStringLiteral("runScriptInSeparateScope")}));
    return script;
}

QString PowerShellTask::findExecutable(const QString &pathVariable)
{
    const QStringList folders = pathVariable.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &name : {QStringLiteral("pwsh"), QStringLiteral("powershell")}) {
        const QString found = QStandardPaths::findExecutable(name, folders);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QStringList PowerShellTask::arguments(const QString &scriptPath, bool separateScope)
{
    return {QStringLiteral("-NoLogo"), QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
            QStringLiteral("-Command"),
            (separateScope ? QStringLiteral("& ") : QStringLiteral(". ")) + quoted(scriptPath)};
}

QString PowerShellTask::notInstalledMessage()
{
    return QStringLiteral(
        "PowerShell is not installed: neither 'pwsh' nor 'powershell' was found on the PATH of this step. "
        "Install PowerShell 7 to run pwsh/powershell steps and PowerShell@2, e.g. on Debian 12: "
        "'wget https://packages.microsoft.com/config/debian/12/packages-microsoft-prod.deb && "
        "sudo dpkg -i packages-microsoft-prod.deb && sudo apt-get update && sudo apt-get install -y powershell' "
        "(or 'sudo snap install powershell --classic'); see "
        "https://learn.microsoft.com/powershell/scripting/install/install-debian. "
        "Then run the pipeline again, or put the folder that holds pwsh on PATH.");
}

}  // namespace mlops::agent
