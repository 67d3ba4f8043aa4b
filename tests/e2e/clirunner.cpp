#include "clirunner.h"

#include <QProcess>
#include <QStandardPaths>

QJsonDocument CliResult::json() const
{
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

QByteArray CliResult::describe() const
{
    return "mlops " + arguments.join(QLatin1Char(' ')).toUtf8() + " -> exit " + QByteArray::number(exitCode)
           + "\nstdout: " + out + "\nstderr: " + err;
}

CliRunner::CliRunner(QString workspace)
    : m_workspace(std::move(workspace)), m_environment(QProcessEnvironment::systemEnvironment())
{
    // Only --workspace decides where the child works, unless a test says otherwise.
    m_environment.remove(QStringLiteral("MLOPS_WORKSPACE"));
}

QString CliRunner::binary() { return QStringLiteral(MLOPS_CLI_PATH); }

QStringList CliRunner::fullArguments(const QStringList &arguments) const
{
    QStringList all;
    if (!m_workspace.isEmpty())
        all << QStringLiteral("--workspace") << m_workspace;
    all << arguments;
    return all;
}

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &input) const
{
    CliResult result;
    result.arguments = fullArguments(arguments);
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(binary(), result.arguments);
    if (!process.waitForStarted(30000)) {
        result.err = "could not start " + binary().toUtf8() + ": " + process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // A guard against a hung child, not a performance assertion.
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        result.err = "mlops did not finish";
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString CliRunner::scriptPath() { return QStandardPaths::findExecutable(QStringLiteral("script")); }

CliResult CliRunner::runOnTerminal(const QStringList &arguments, const QByteArray &input) const
{
    const auto quote = [](QString word) -> QString {
        word.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        return QLatin1Char('\'') + word + QLatin1Char('\'');
    };
    QStringList command{quote(binary())};
    for (const QString &argument : fullArguments(arguments))
        command.append(quote(argument));
    // -e: exit with the child's status; the typescript goes nowhere.
    QProcess process;
    CliResult result;
    result.arguments = fullArguments(arguments);
    process.setProcessEnvironment(m_environment);
    process.start(scriptPath(), {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"),
                                 command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    if (!process.waitForStarted(30000)) {
        result.err = "could not start script: " + process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        result.err = "mlops did not finish";
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}
