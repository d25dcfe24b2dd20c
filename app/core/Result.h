#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace prepmark {

// The error half of a Result: a message for a person, naming the file, line or
// field that is wrong ("rubrics/x.json: $.dimensions[2].threshold: 7 is outside
// the scale 1-5").
struct Error
{
    QString message;
};

// A value or an Error, returned across library boundaries instead of throwing
// (docs/CONVENTIONS.md, "Errors"). Reading value() of a failed Result is a programmer error.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value, so `for (auto &x : f().value())` never refers to a destroyed Result.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return std::get<T>(m_state); }
    T &operator*() & { return std::get<T>(m_state); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

// Success carries nothing; failure carries an Error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(QString message)
{
    return Error {std::move(message)};
}

} // namespace prepmark
