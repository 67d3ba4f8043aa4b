#pragma once
// MappedFile: a read-only memory mapping (QFile::map) of the first `size` bytes of a file,
// advised for sequential reading. Owns the mapping (unmapped on destruction). data() is
// nullptr when the file cannot be opened or mapped, or when size is 0 (errorString() says
// why in the first two cases). Not copyable; use from one thread at a time.
//
// Pages are faulted in as they are read, not populated up front: MAP_POPULATE halves the
// page-touching cost of a 1 GiB scan but holds the process's memory-map lock long enough
// to stall the GUI thread's allocations (measured: first screen 19 ms -> 42 ms).
// If another process truncates the file while it is mapped, reading the lost pages raises
// SIGBUS (as with any mapping); logs are append-only.
#include <QFile>
#include <QString>

namespace mlops::logs {

class MappedFile {
public:
    MappedFile(const QString &path, qint64 size);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const char *data() const { return m_data; }
    qint64 size() const { return m_size; }
    QString errorString() const { return m_error; }

private:
    QFile m_file;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    QString m_error;
};

}  // namespace mlops::logs
