#include "smalldisk.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <sys/mount.h>

namespace mlops::testing {

SmallDisk::SmallDisk(const QString &path, qint64 bytes) : m_path(path)
{
    QDir().mkpath(path);
    const QByteArray options = "size=" + QByteArray::number(bytes);
    m_mounted = ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) == 0;
    if (!m_mounted) {
        ::getrlimit(RLIMIT_FSIZE, &m_oldLimit);
        const rlimit limit{rlim_t(bytes), m_oldLimit.rlim_max};
        m_previousHandler = ::signal(SIGXFSZ, SIG_IGN);
        m_limited = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    if (m_limited) {
        ::setrlimit(RLIMIT_FSIZE, &m_oldLimit);
        ::signal(SIGXFSZ, m_previousHandler);
    }
}

QString SmallDisk::fullMessage() const
{
    return m_mounted ? QStringLiteral("No space left on device") : QStringLiteral("File too large");
}

QString SmallDisk::mode() const
{
    return m_mounted ? QStringLiteral("tmpfs (ENOSPC)") : QStringLiteral("RLIMIT_FSIZE (EFBIG)");
}

}  // namespace mlops::testing
