#include "core/agent/childoutputpipes.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace mlops::agent {

namespace {

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// A pipe whose both ends are close-on-exec and numbered above 2 (so that dup2() onto
// stdout/stderr in the child always makes a new descriptor, without close-on-exec).
bool makePipe(int ends[2])
{
    int raw[2];
    if (::pipe2(raw, O_CLOEXEC) != 0)
        return false;
    for (int i = 0; i < 2; ++i) {
        ends[i] = ::fcntl(raw[i], F_DUPFD_CLOEXEC, 3);
        ::close(raw[i]);
    }
    return ends[0] >= 0 && ends[1] >= 0;
}

}  // namespace

ChildOutputPipes::ChildOutputPipes() : m_buffer(kChunk, Qt::Uninitialized)
{
    m_valid = makePipe(m_out) && makePipe(m_err);
    if (!m_valid) {
        m_error = QStringLiteral("cannot create the output pipes of the step: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    for (int fd : {m_out[0], m_err[0]})
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

ChildOutputPipes::~ChildOutputPipes()
{
    for (int *fd : {&m_out[0], &m_out[1], &m_err[0], &m_err[1]})
        closeFd(*fd);
}

void ChildOutputPipes::redirectChild() const noexcept
{
    if (m_out[1] >= 0)
        ::dup2(m_out[1], STDOUT_FILENO);
    if (m_err[1] >= 0)
        ::dup2(m_err[1], STDERR_FILENO);
}

void ChildOutputPipes::closeChildEnds()
{
    closeFd(m_out[1]);
    closeFd(m_err[1]);
}

qint64 ChildOutputPipes::readOne(int &fd, bool isStderr, const Sink &sink)
{
    for (;;) {
        const ssize_t n = ::read(fd, m_buffer.data(), size_t(m_buffer.size()));
        if (n > 0) {
            sink(QByteArrayView(m_buffer.constData(), qsizetype(n)), isStderr);
            return n;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 0;
        closeFd(fd);  // end of file (or a read error: nothing more will come)
        return 0;
    }
}

qint64 ChildOutputPipes::read(std::chrono::milliseconds timeout, const Sink &sink)
{
    pollfd fds[2];
    nfds_t count = 0;
    if (m_out[0] >= 0)
        fds[count++] = pollfd{m_out[0], POLLIN, 0};
    if (m_err[0] >= 0)
        fds[count++] = pollfd{m_err[0], POLLIN, 0};
    if (count == 0) {
        if (timeout.count() > 0)
            ::usleep(useconds_t(timeout.count() * 1000));
        return 0;
    }
    int ready = 0;
    do {
        ready = ::poll(fds, count, int(timeout.count()));
    } while (ready < 0 && errno == EINTR);
    if (ready <= 0)
        return 0;
    qint64 total = 0;
    for (nfds_t i = 0; i < count; ++i) {
        if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        if (fds[i].fd == m_out[0])
            total += readOne(m_out[0], false, sink);
        else if (fds[i].fd == m_err[0])
            total += readOne(m_err[0], true, sink);
    }
    return total;
}

qint64 ChildOutputPipes::drain(qint64 maxBytes, const Sink &sink)
{
    qint64 total = 0;
    while (total < maxBytes && !atEnd()) {
        const qint64 got = read(std::chrono::milliseconds(0), sink);
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

}  // namespace mlops::agent
