#pragma once
// Test support: a folder on a small disk, to make writes fail as on a full disk. A tmpfs
// of the given size is mounted there (a real ENOSPC) when this process may mount one
// (root, as CI); otherwise the folder stays on its disk and RLIMIT_FSIZE is set to the
// size for this process (writes past it fail with EFBIG — also a real error of the OS;
// SIGXFSZ is ignored meanwhile). Everything is undone by the destructor.

#include <QString>

#include <csignal>

#include <sys/resource.h>

namespace mlops::testing {

class SmallDisk {
public:
    SmallDisk(const QString &path, qint64 bytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isReady() const { return m_mounted || m_limited; }
    // The words of the OS error a write past the size gives.
    QString fullMessage() const;
    QString mode() const;

private:
    QString m_path;
    bool m_mounted = false;
    bool m_limited = false;
    rlimit m_oldLimit{};
    sighandler_t m_previousHandler = SIG_DFL;
};

}  // namespace mlops::testing
