#pragma once
// ReadProgress: the progress of reading a data file, on stderr.

#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace mlops::cli {

// "mlops: reading FILE: 42%" on stderr: rewritten in place on a terminal (once the read has
// taken a quarter of a second, so that small files print nothing), else a line per 10%.
class ReadProgress {
public:
    ReadProgress(QTextStream &err, QString file, bool terminal);
    void update(qint64 done, qint64 total);
    // Ends the line rewritten on a terminal.
    void finish();

private:
    QTextStream &m_err;
    QString m_file;
    bool m_terminal;
    int m_shown = -1;  // the percentage last printed
    QElapsedTimer m_elapsed;
};

}  // namespace mlops::cli
