#include "core/logs/mappedfile.h"

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#endif

namespace mlops::logs {

MappedFile::MappedFile(const QString &path, qint64 size) : m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return;
    }
    if (size <= 0)
        return;
    uchar *p = m_file.map(0, size);
    if (!p) {
        m_error = m_file.errorString();
        return;
    }
    m_data = reinterpret_cast<const char *>(p);
    m_size = size;
#if defined(Q_OS_UNIX)
    ::posix_madvise(p, size_t(size), POSIX_MADV_SEQUENTIAL);  // advice only: failure is harmless
#endif
}

MappedFile::~MappedFile()
{
    if (m_data)
        m_file.unmap(reinterpret_cast<uchar *>(const_cast<char *>(m_data)));
}

}  // namespace mlops::logs
