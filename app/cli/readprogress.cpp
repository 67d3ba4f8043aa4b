#include "readprogress.h"

#include <QTextStream>

namespace mlops::cli {

ReadProgress::ReadProgress(QTextStream &err, QString file, bool terminal)
    : m_err(err), m_file(std::move(file)), m_terminal(terminal)
{
    m_elapsed.start();
}

void ReadProgress::update(qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    if (m_terminal) {
        if (percent == m_shown || (m_shown < 0 && m_elapsed.elapsed() < 250))
            return;
        m_err << "\rmlops: reading " << m_file << ": " << percent << "%" << Qt::flush;
    } else {
        if (m_shown >= 0 && percent / 10 == m_shown / 10)
            return;
        m_err << "mlops: reading " << m_file << ": " << percent << "%\n" << Qt::flush;
    }
    m_shown = percent;
}

void ReadProgress::finish()
{
    if (m_terminal && m_shown >= 0)
        m_err << "\n" << Qt::flush;
    m_shown = -1;
}

}  // namespace mlops::cli
