#include "interruptflag.h"

namespace mlops::cli {

InterruptFlag::InterruptFlag()
{
    s_raised.store(false);
    struct sigaction action {};
    action.sa_handler = [](int) { s_raised.store(true); };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    ::sigaction(SIGINT, &action, &m_previous);
}

InterruptFlag::~InterruptFlag()
{
    ::sigaction(SIGINT, &m_previous, nullptr);
}

}  // namespace mlops::cli
