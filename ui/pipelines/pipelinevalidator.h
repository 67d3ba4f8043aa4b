#pragma once
// PipelineValidator: validation as you type. schedule() restarts a debounce timer; when
// it fires the text is compiled by the injected CompileFunction on a worker thread
// (QtConcurrent on an own pool), never on the GUI thread. Every request gets a new
// generation; a result whose generation is not the newest is discarded (a newer edit made
// it obsolete), so finished() is only emitted for the newest text and lastResult() is
// always the result of the newest finished request. GUI thread only; destruction waits
// for running compiles (they only hold copies of their inputs).

#include "compilefunction.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace mlops::ui {

class PipelineValidator : public QObject {
    Q_OBJECT
public:
    explicit PipelineValidator(CompileFunction compile, QObject *parent = nullptr);
    ~PipelineValidator() override;

    void setEntryFile(const QString &entryFile) { m_entryFile = entryFile; }
    QString entryFile() const { return m_entryFile; }
    void setOptions(const pipeline::CompileOptions &options) { m_options = options; }
    // Debounce delay in milliseconds (default 300).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }

    // Compiles `text` after the delay, unless schedule() is called again before.
    void schedule(const QString &text);
    // Compiles `text` now (still on a worker thread).
    void validateNow(const QString &text);

    quint64 generation() const { return m_generation; }
    bool isRunning() const { return m_running > 0 || m_timer.isActive(); }
    const pipeline::CompileResult &lastResult() const { return m_lastResult; }
    // How many finished results were dropped because a newer request existed.
    int discardedCount() const { return m_discarded; }

Q_SIGNALS:
    void started(quint64 generation);
    // lastResult() holds the result for `generation`, the newest request.
    void finished(quint64 generation);

private:
    void start();

    CompileFunction m_compile;
    QString m_entryFile;
    pipeline::CompileOptions m_options;
    QString m_pendingText;
    QTimer m_timer;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    int m_running = 0;
    int m_discarded = 0;
    pipeline::CompileResult m_lastResult;
};

}  // namespace mlops::ui
