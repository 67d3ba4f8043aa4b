#include "clicontext.h"

#include "commandspec.h"

#include "core/library/keychainsecretstore.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace mlops::cli {

namespace {

// Reads one line from the terminal on stdin with echo switched off (TCSANOW keeps
// what was typed ahead). A null string at end of input.
QString readLineWithoutEcho()
{
    termios saved{};
    const bool haveTermios = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (haveTermios)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    return line;
}

QString stripTrailingLineBreak(QString text)
{
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

}  // namespace

CliContext::CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

CliContext::~CliContext() = default;

QString CliContext::workspaceDirectory() const { return store::Workspace::resolveDirectory(m_workspaceOption); }

bool CliContext::workspaceChosen() const
{
    return !m_workspaceOption.isEmpty() || !qEnvironmentVariableIsEmpty(store::Workspace::kEnvVariable);
}

Result<void> CliContext::openWorkspace()
{
    if (m_workspace)
        return {};
    if (m_openError)
        return *m_openError;
    Result<std::shared_ptr<store::Workspace>> opened = store::Workspace::open(workspaceDirectory());
    if (!opened.ok()) {
        m_openError = opened.error();
        return opened.error();
    }
    m_workspace = *opened;
    m_secrets = std::make_shared<library::KeychainSecretStore>();
    m_groups = std::make_unique<library::VariableGroupService>(m_workspace, m_secrets);
    m_connections = std::make_unique<library::ServiceConnectionService>(m_workspace, m_secrets);
    return {};
}

void CliContext::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::printError(const QString &message)
{
    m_out.flush();
    m_err << "mlops: error: " << message << '\n';
    m_err.flush();
}

int CliContext::fail(const Error &error)
{
    printError(error.message);
    return exitCode(error.code);
}

int CliContext::usageError(const CommandSpec &command, const QString &message)
{
    printError(message);
    m_err << "Usage: " << command.synopsis() << '\n';
    if (!command.options.isEmpty())
        m_err << formatOptions(command.options);
    QString words = command.group;
    if (!command.name.isEmpty())
        words += QLatin1Char(' ') + command.name;
    m_err << "Run 'mlops " << words << " --help' for more.\n";
    m_err.flush();
    return kExitUserError;
}

int CliContext::exitCode(ErrorCode code) { return code == ErrorCode::Internal ? kExitInternalError : kExitUserError; }

bool CliContext::stdinIsTerminal() const { return isatty(STDIN_FILENO) == 1; }

Result<QString> CliContext::readSecret(const QString &prompt)
{
    if (stdinIsTerminal()) {
        m_err << prompt;
        m_err.flush();
        const QString line = readLineWithoutEcho();
        m_err << '\n';
        m_err.flush();
        if (line.isNull())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no value was entered (end of input)"));
        return line;
    }
    Result<QByteArray> bytes = readStdin();
    if (!bytes.ok())
        return bytes.error();
    return stripTrailingLineBreak(QString::fromUtf8(*bytes));
}

Result<QByteArray> CliContext::readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read standard input: %1").arg(in.errorString()));
    QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, QStringLiteral("cannot read standard input: %1").arg(in.errorString()));
    return bytes;
}

Result<void> CliContext::confirmDeletion(const QString &what, bool yes, const QString &note)
{
    if (yes)
        return {};
    if (!stdinIsTerminal()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("not deleting %1: standard input is not a terminal, so it cannot be "
                                        "confirmed; pass --yes to delete without asking")
                             .arg(what));
    }
    if (!note.isEmpty())
        m_err << note << '\n';
    m_err << "Delete " << what << "? [y/N] ";
    m_err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes"))
        return {};
    return makeError(ErrorCode::InvalidInput, QStringLiteral("cancelled: %1 was not deleted").arg(what));
}

}  // namespace mlops::cli
