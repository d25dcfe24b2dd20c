#pragma once

#include "WriteConflict.h"

#include "core/Result.h"

#include <optional>

namespace prepmark {

// A failed guarded write, as it passes from one write to the one that called it: its
// Error, and its WriteConflict when it was refused as one.
struct WriteRefusal
{
    Error error;
    std::optional<WriteConflict> conflict;
};

// The result of a guarded write (optimistic locking, db/*/006_concurrent_marking.sql): a
// value; a WriteConflict, when what the write was based on changed since it was read and
// nothing was written; or another Error. It converts to Result<T> and Status for callers
// that only ask whether it worked (the conflict's message then says who changed what, and
// when). A write that calls another passes its failure on with `return inner.refusal();`.
template <typename T> class [[nodiscard]] WriteResult
{
public:
    WriteResult(T value) : m_result(std::move(value)) { }
    WriteResult(Error error) : m_result(std::move(error)) { }
    WriteResult(WriteConflict conflict) : m_result(makeError(conflict.message())), m_conflict(std::move(conflict)) { }
    WriteResult(Result<T> result) : m_result(std::move(result)) { }
    WriteResult(WriteRefusal refusal) : m_result(std::move(refusal.error)), m_conflict(std::move(refusal.conflict)) { }

    bool ok() const { return m_result.ok(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return m_result.value(); }
    T value() && { return std::move(m_result).value(); }
    const T &operator*() const & { return *m_result; }
    const T *operator->() const { return m_result.operator->(); }
    const Error &error() const { return m_result.error(); }
    QString errorMessage() const { return m_result.errorMessage(); }
    // The conflict that refused the write; nullptr when it worked or failed otherwise.
    const WriteConflict *conflict() const { return m_conflict ? &*m_conflict : nullptr; }
    // Only of a failed result.
    WriteRefusal refusal() const
    {
        Q_ASSERT(!ok());
        return {error(), m_conflict};
    }

    operator Result<T>() const & { return m_result; }
    operator Result<T>() && { return std::move(m_result); }
    operator Status() const { return ok() ? Status() : Status(error()); }

private:
    Result<T> m_result;
    std::optional<WriteConflict> m_conflict;
};

template <> class [[nodiscard]] WriteResult<void>
{
public:
    WriteResult() = default;
    WriteResult(Error error) : m_status(std::move(error)) { }
    WriteResult(WriteConflict conflict) : m_status(makeError(conflict.message())), m_conflict(std::move(conflict)) { }
    WriteResult(Status status) : m_status(std::move(status)) { }
    WriteResult(WriteRefusal refusal) : m_status(std::move(refusal.error)), m_conflict(std::move(refusal.conflict)) { }

    bool ok() const { return m_status.ok(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_status.error(); }
    QString errorMessage() const { return m_status.errorMessage(); }
    const WriteConflict *conflict() const { return m_conflict ? &*m_conflict : nullptr; }
    WriteRefusal refusal() const
    {
        Q_ASSERT(!ok());
        return {error(), m_conflict};
    }

    operator Status() const { return m_status; }

private:
    Status m_status;
    std::optional<WriteConflict> m_conflict;
};

using WriteStatus = WriteResult<void>;

} // namespace prepmark
