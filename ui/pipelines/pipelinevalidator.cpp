#include "pipelinevalidator.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace mlops::ui {

PipelineValidator::PipelineValidator(CompileFunction compile, QObject *parent)
    : QObject(parent)
    , m_compile(std::move(compile))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &PipelineValidator::start);
    // Two workers: a slow, obsolete compile does not delay the newest one.
    m_pool.setMaxThreadCount(2);
}

PipelineValidator::~PipelineValidator()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void PipelineValidator::schedule(const QString &text)
{
    m_pendingText = text;
    ++m_generation;  // results of older requests are obsolete from now on
    m_timer.start();
}

void PipelineValidator::validateNow(const QString &text)
{
    m_pendingText = text;
    ++m_generation;
    m_timer.stop();
    start();
}

void PipelineValidator::start()
{
    if (!m_compile)
        return;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<pipeline::CompileResult>(this);
    connect(watcher, &QFutureWatcher<pipeline::CompileResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation != m_generation) {
            ++m_discarded;
            return;
        }
        m_lastResult = watcher->result();
        Q_EMIT finished(generation);
    });
    ++m_running;
    Q_EMIT started(generation);
    watcher->setFuture(QtConcurrent::run(&m_pool, [compile = m_compile, text = m_pendingText,
                                                   entry = m_entryFile, options = m_options] {
        return compile(text, entry, options);
    }));
}

}  // namespace mlops::ui
