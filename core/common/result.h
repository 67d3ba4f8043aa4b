#pragma once
// Result<T>: the return value of every core operation that can fail in an expected way.
// Exceptions never cross a module boundary; a failure is an ErrorCode (stable, for exit
// codes and UI decisions) plus a human message that says what is wrong and where.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mlops {

enum class ErrorCode {
    NotFound,
    AlreadyExists,
    InvalidInput,
    Io,
    Network,
    Auth,
    Conflict,
    Unavailable,  // a needed service (e.g. the OS keychain) cannot be reached
    Unsupported,  // e.g. a workspace made by a newer program
    Internal,
};

// A short, stable, English identifier for a code (used in JSON output and logs).
QString errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Precondition: ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // Precondition: !ok().
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

}  // namespace mlops
