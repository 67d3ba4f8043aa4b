#include "core/agent/stepcommandprocessor.h"

#include <utility>

namespace mlops::agent {

namespace {

bool flag(const LoggingCommand &command, QStringView key)
{
    const std::optional<QString> text = command.property(key);
    return text && LoggingCommand::parseBool(*text).value_or(false);
}

bool isMultiLine(const QString &value)
{
    return value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
}

template <typename T, typename KeyEq>
void replaceOrAppend(QList<T> &list, const T &item, KeyEq sameKey)
{
    for (T &existing : list) {
        if (sameKey(existing, item)) {
            existing = item;
            return;
        }
    }
    list.append(item);
}

int positiveInt(const LoggingCommand &command, QStringView key)
{
    bool ok = false;
    const int n = command.propertyOr(key).trimmed().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

}  // namespace

StepCommandProcessor::StepCommandProcessor(QString stepName, VariableMap jobVariables, SecretMasker *masker)
    : m_stepName(std::move(stepName)), m_variables(std::move(jobVariables)), m_masker(masker)
{
}

QStringList StepCommandProcessor::fail(const LoggingCommand &command, const QString &reason)
{
    Issue issue;
    issue.type = Issue::Type::Error;
    issue.message = QStringLiteral("Unable to process ##vso[%1]: %2").arg(command.name(), reason);
    issue.fromLogIssue = false;
    m_outcome.issues.append(issue);
    ++m_outcome.errorCount;
    return {QStringLiteral("##[error]") + issue.message};
}

QStringList StepCommandProcessor::warn(const QString &message)
{
    Issue issue;
    issue.type = Issue::Type::Warning;
    issue.message = message;
    issue.fromLogIssue = false;
    m_outcome.issues.append(issue);
    ++m_outcome.warningCount;
    return {QStringLiteral("##[warning]") + message};
}

void StepCommandProcessor::registerSecret(const QString &value)
{
    if (value.isEmpty())
        return;
    if (m_masker)
        m_masker->addSecret(value);
    if (!m_outcome.secretsRegistered.contains(value))
        m_outcome.secretsRegistered.append(value);
}

StepCommandProcessor::LineResult StepCommandProcessor::processLine(QStringView line)
{
    LineResult result;
    result.parsed = LoggingCommandParser::parse(line);
    switch (result.parsed.kind) {
    case ParsedLine::Kind::Command:
        result.isCommand = true;
        result.logLines = process(result.parsed.command);
        break;
    case ParsedLine::Kind::Malformed:
        result.logLines = warn(result.parsed.warning);
        break;
    case ParsedLine::Kind::Text:
    case ParsedLine::Kind::Format:
        break;
    }
    return result;
}

QStringList StepCommandProcessor::process(const LoggingCommand &command)
{
    const QString name = command.name();
    if (name == QLatin1String("task.setvariable"))
        return setVariable(command);
    if (name == QLatin1String("task.setsecret"))
        return setSecret(command);
    if (name == QLatin1String("task.logissue"))
        return logIssue(command);
    if (name == QLatin1String("task.complete"))
        return complete(command);
    if (name == QLatin1String("task.setprogress"))
        return setProgress(command);
    if (name == QLatin1String("task.prependpath"))
        return prependPath(command);
    if (name == QLatin1String("task.uploadfile"))
        return upload(command, UploadRequest::Kind::StepFile);
    if (name == QLatin1String("task.uploadsummary"))
        return upload(command, UploadRequest::Kind::Summary);
    if (name == QLatin1String("task.addattachment"))
        return upload(command, UploadRequest::Kind::Attachment);
    if (name == QLatin1String("build.uploadlog"))
        return upload(command, UploadRequest::Kind::BuildLog);
    if (name == QLatin1String("artifact.upload"))
        return artifactUpload(command);
    if (name == QLatin1String("task.settaskvariable"))
        return setTaskVariable(command);
    if (name == QLatin1String("task.debug")) {
        m_outcome.debugMessages.append(command.data);
        return {QStringLiteral("##[debug]") + command.data};
    }
    if (name == QLatin1String("build.updatebuildnumber")) {
        const QString number = command.data.trimmed();
        if (number.isEmpty())
            return fail(command, QStringLiteral("the new build number (the command's data) is empty"));
        m_outcome.buildNumber = number;
        return {};
    }
    if (name == QLatin1String("build.addbuildtag")) {
        const QString tag = command.data.trimmed();
        if (tag.isEmpty())
            return fail(command, QStringLiteral("the tag (the command's data) is empty"));
        if (!m_outcome.buildTags.contains(tag, Qt::CaseInsensitive))
            m_outcome.buildTags.append(tag);
        return {};
    }
    if (LoggingCommandParser::isKnownCommand(command.area, command.event))
        return warn(QStringLiteral("##vso[%1] is not supported by the local agent and was ignored").arg(name));
    return warn(QStringLiteral("##vso[%1] is not a recognized command and was ignored").arg(name));
}

QStringList StepCommandProcessor::setVariable(const LoggingCommand &command)
{
    const QString name = command.propertyOr(QStringLiteral("variable")).trimmed();
    if (name.isEmpty())
        return fail(command, QStringLiteral("the 'variable' property is required"));
    const bool isSecret = flag(command, QStringLiteral("issecret"));
    const bool isOutput = flag(command, QStringLiteral("isoutput"));
    const bool isReadOnly = flag(command, QStringLiteral("isreadonly"));
    const bool preserveCase = flag(command, QStringLiteral("preservecase"));
    const QString targetName = isOutput && !m_stepName.isEmpty() ? m_stepName + QLatin1Char('.') + name : name;

    const Variable *existing = m_variables.find(targetName);
    const bool secret = isSecret || (existing && existing->isSecret);
    if (secret && isMultiLine(command.data))
        return fail(command, QStringLiteral("the secret variable '%1' has a multi-line value, which cannot be masked")
                                 .arg(name));
    if (existing && existing->isReadOnly)
        return warn(QStringLiteral("Variable '%1' is read-only and was not overwritten").arg(existing->name));

    if (secret)
        registerSecret(command.data);

    Variable v;
    v.name = targetName;
    v.value = command.data;
    v.isSecret = secret;
    v.isReadOnly = isReadOnly;
    v.preserveCase = preserveCase;
    m_variables.set(v);
    const Variable stored = *m_variables.find(targetName);
    replaceOrAppend(m_outcome.variablesSet, stored, [](const Variable &a, const Variable &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) == 0;
    });
    if (isOutput) {
        replaceOrAppend(m_outcome.outputs, OutputVariable{name, command.data, secret},
                        [](const OutputVariable &a, const OutputVariable &b) {
                            return a.name.compare(b.name, Qt::CaseInsensitive) == 0;
                        });
    }
    return {};
}

QStringList StepCommandProcessor::setSecret(const LoggingCommand &command)
{
    if (command.data.isEmpty())
        return {};
    if (isMultiLine(command.data))
        return fail(command, QStringLiteral("a multi-line secret cannot be masked"));
    registerSecret(command.data);
    return {};
}

QStringList StepCommandProcessor::setTaskVariable(const LoggingCommand &command)
{
    const QString name = command.propertyOr(QStringLiteral("variable")).trimmed();
    if (name.isEmpty())
        return fail(command, QStringLiteral("the 'variable' property is required"));
    const bool isSecret = flag(command, QStringLiteral("issecret"));
    if (isSecret && isMultiLine(command.data))
        return fail(command, QStringLiteral("the secret variable '%1' has a multi-line value, which cannot be masked")
                                 .arg(name));
    if (isSecret)
        registerSecret(command.data);
    Variable v;
    v.name = name;
    v.value = command.data;
    v.isSecret = isSecret;
    replaceOrAppend(m_outcome.taskVariables, v, [](const Variable &a, const Variable &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) == 0;
    });
    return {};
}

QStringList StepCommandProcessor::logIssue(const LoggingCommand &command)
{
    const QString type = command.propertyOr(QStringLiteral("type")).trimmed();
    Issue issue;
    if (type.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0)
        issue.type = Issue::Type::Error;
    else if (type.compare(QLatin1String("warning"), Qt::CaseInsensitive) == 0)
        issue.type = Issue::Type::Warning;
    else if (type.isEmpty())
        return fail(command, QStringLiteral("the 'type' property is required (error or warning)"));
    else
        return fail(command, QStringLiteral("the issue type '%1' is neither 'error' nor 'warning'").arg(type));
    issue.message = command.data;
    issue.sourcePath = command.propertyOr(QStringLiteral("sourcepath"));
    issue.lineNumber = positiveInt(command, QStringLiteral("linenumber"));
    issue.columnNumber = positiveInt(command, QStringLiteral("columnnumber"));
    issue.code = command.propertyOr(QStringLiteral("code"));
    issue.fromLogIssue = true;
    m_outcome.issues.append(issue);
    if (issue.type == Issue::Type::Error)
        ++m_outcome.errorCount;
    else
        ++m_outcome.warningCount;
    return {(issue.type == Issue::Type::Error ? QStringLiteral("##[error]") : QStringLiteral("##[warning]"))
            + issue.message};
}

QStringList StepCommandProcessor::complete(const LoggingCommand &command)
{
    TaskResult result = TaskResult::Succeeded;
    if (const std::optional<QString> text = command.property(QStringLiteral("result"))) {
        const std::optional<TaskResult> parsed = parseTaskResult(*text);
        if (!parsed)
            return fail(command, QStringLiteral("'%1' is not a task result (Succeeded, SucceededWithIssues or Failed)")
                                     .arg(*text));
        result = *parsed;
    }
    m_outcome.requestedResult =
        m_outcome.requestedResult ? mergeTaskResults(*m_outcome.requestedResult, result) : result;
    if (flag(command, QStringLiteral("done")))
        m_outcome.done = true;
    return {};
}

QStringList StepCommandProcessor::setProgress(const LoggingCommand &command)
{
    const QString text = command.propertyOr(QStringLiteral("value")).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 100)
        return fail(command, QStringLiteral("the progress value '%1' is not a whole number from 0 to 100").arg(text));
    m_outcome.progress = value;
    m_outcome.currentOperation = command.data;
    return {};
}

QStringList StepCommandProcessor::prependPath(const LoggingCommand &command)
{
    const QString path = command.data.trimmed();
    if (path.isEmpty())
        return fail(command, QStringLiteral("the directory (the command's data) is empty"));
    m_outcome.prependedPaths.removeAll(path);
    m_outcome.prependedPaths.append(path);
    return {};
}

QStringList StepCommandProcessor::upload(const LoggingCommand &command, UploadRequest::Kind kind)
{
    const QString path = command.data.trimmed();
    if (path.isEmpty())
        return fail(command, QStringLiteral("the file path (the command's data) is empty"));
    UploadRequest request;
    request.kind = kind;
    request.path = path;
    if (kind == UploadRequest::Kind::Attachment) {
        request.attachmentType = command.propertyOr(QStringLiteral("type")).trimmed();
        request.attachmentName = command.propertyOr(QStringLiteral("name")).trimmed();
        if (request.attachmentType.isEmpty())
            return fail(command, QStringLiteral("the 'type' property is required"));
        if (request.attachmentName.isEmpty())
            return fail(command, QStringLiteral("the 'name' property is required"));
    }
    m_outcome.uploads.append(request);
    return {};
}

QStringList StepCommandProcessor::artifactUpload(const LoggingCommand &command)
{
    UploadRequest request;
    request.kind = UploadRequest::Kind::Artifact;
    request.path = command.data.trimmed();
    request.artifactName = command.propertyOr(QStringLiteral("artifactname")).trimmed();
    request.containerFolder = command.propertyOr(QStringLiteral("containerfolder")).trimmed();
    if (request.artifactName.isEmpty())
        return fail(command, QStringLiteral("the 'artifactname' property is required"));
    if (request.path.isEmpty())
        return fail(command, QStringLiteral("the path to upload (the command's data) is empty"));
    if (request.containerFolder.isEmpty())
        request.containerFolder = request.artifactName;
    m_outcome.uploads.append(request);
    return {};
}

}  // namespace mlops::agent
