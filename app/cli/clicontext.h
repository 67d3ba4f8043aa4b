#pragma once
// CliContext: what every command of one `mlops` invocation shares: the output
// format, the standard streams, the workspace and the core services opened on it,
// and the small terminal interactions (secret prompt, delete confirmation).
//
// Exit codes (kExit*): 0 success, 1 a user error (bad input, unknown name, refused
// workspace, keychain unavailable, …), 2 an internal error (ErrorCode::Internal).
// Every error is printed to stderr as "mlops: error: <message>".
//
// Single-threaded: one context per process, used from main().

#include "core/common/result.h"

#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

class QTextStream;

namespace mlops::store {
class Workspace;
}
namespace mlops::library {
class SecretStore;
class VariableGroupService;
class ServiceConnectionService;
}  // namespace mlops::library

namespace mlops::cli {

struct CommandSpec;

enum class OutputFormat { Table, Json };

class CliContext {
public:
    static constexpr int kExitSuccess = 0;
    static constexpr int kExitUserError = 1;
    static constexpr int kExitInternalError = 2;

    CliContext(QTextStream &out, QTextStream &err);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    OutputFormat format() const { return m_format; }
    bool json() const { return m_format == OutputFormat::Json; }
    void setFormat(OutputFormat format) { m_format = format; }

    // The --workspace value (empty: $MLOPS_WORKSPACE, else the default folder).
    void setWorkspaceOption(const QString &directory) { m_workspaceOption = directory; }
    QString workspaceDirectory() const;
    // True when the workspace was chosen explicitly (--workspace or $MLOPS_WORKSPACE).
    bool workspaceChosen() const;

    // Opens the workspace and creates the services; later calls return the first
    // result. Failure: the error of store::Workspace::open.
    Result<void> openWorkspace();
    // Precondition for the three accessors: openWorkspace() succeeded.
    const store::Workspace &workspace() const { return *m_workspace; }
    std::shared_ptr<store::Workspace> sharedWorkspace() const { return m_workspace; }
    library::VariableGroupService &groups() { return *m_groups; }
    library::ServiceConnectionService &connections() { return *m_connections; }

    // Prints `value` as indented JSON on stdout.
    void printJson(const QJsonValue &value);
    // Prints "mlops: error: <message>" on stderr.
    void printError(const QString &message);
    // Prints the error and returns its exit code.
    int fail(const Error &error);
    static int exitCode(ErrorCode code);
    // A command line that does not fit `command`: prints the error, the command's usage
    // and options, and returns kExitUserError.
    int usageError(const CommandSpec &command, const QString &message);

    bool stdinIsTerminal() const;
    // A secret value from standard input: on a terminal, `prompt` is shown on stderr and
    // one line is read without echo; otherwise all of stdin is read and its trailing
    // line break removed. Io error when stdin cannot be read.
    Result<QString> readSecret(const QString &prompt);
    // All bytes of standard input.
    Result<QByteArray> readStdin();
    // Ok when the user agrees to delete `what` (e.g. "variable group 'x'"): `yes` is
    // set, or stdin is a terminal and the answer to "Delete <what>? [y/N]" is yes.
    // Otherwise an InvalidInput error that says why nothing was deleted.
    Result<void> confirmDeletion(const QString &what, bool yes, const QString &note = {});

private:
    QTextStream &m_out;
    QTextStream &m_err;
    OutputFormat m_format = OutputFormat::Table;
    QString m_workspaceOption;
    std::optional<Error> m_openError;
    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<library::SecretStore> m_secrets;
    std::unique_ptr<library::VariableGroupService> m_groups;
    std::unique_ptr<library::ServiceConnectionService> m_connections;
};

}  // namespace mlops::cli
