#pragma once
// CliRunner: runs the built `mlops` binary (MLOPS_CLI_PATH) in a child process for
// the end-to-end tests, with a chosen workspace, standard input and environment,
// and returns what it printed and its exit code.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliResult {
    int exitCode = -1;     // -1 when the process crashed or did not finish
    QByteArray out;
    QByteArray err;
    QStringList arguments;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // The standard output as JSON; an invalid (null) document when it is not JSON.
    QJsonDocument json() const;
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    // "mlops ARGS → exit N\nstdout: …\nstderr: …", for failure messages.
    QByteArray describe() const;
};

class CliRunner {
public:
    // `workspace` is passed as --workspace unless empty.
    explicit CliRunner(QString workspace = {});

    static QString binary();

    void setEnv(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void unsetEnv(const QString &name) { m_environment.remove(name); }
    QProcessEnvironment environment() const { return m_environment; }
    // The arguments as run: --workspace first (when set), then `arguments`.
    QStringList fullArguments(const QStringList &arguments) const;

    // Runs to completion; `input` is written to stdin, which is then closed.
    CliResult run(const QStringList &arguments, const QByteArray &input = {}) const;
    // Runs with a terminal as stdin/stdout/stderr (through util-linux `script`), so that
    // the prompts for a terminal are exercised; `input` is what is typed. The terminal's
    // output (stdout and stderr together) is in `out`. Empty scriptPath(): not available.
    CliResult runOnTerminal(const QStringList &arguments, const QByteArray &input) const;
    static QString scriptPath();

private:
    QString m_workspace;
    QProcessEnvironment m_environment;
};

// Fails the current test with the run's output unless it exited with `code`.
#define CLI_EXPECT_EXIT(result, code)                                                              \
    do {                                                                                           \
        const CliResult &cliResult_ = (result);                                                    \
        QVERIFY2(cliResult_.exitCode == (code), cliResult_.describe().constData());                \
    } while (false)

// A successful run (exit 0) with nothing on stderr.
#define CLI_EXPECT_OK(result)                                                                      \
    do {                                                                                           \
        const CliResult &cliResult_ = (result);                                                    \
        QVERIFY2(cliResult_.exitCode == 0 && cliResult_.err.isEmpty(), cliResult_.describe().constData()); \
    } while (false)
