#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace huellas {

// A value or a human-readable error: storage and core report failures through this and never
// show UI; the GUI and the CLI decide how to present the message.
template <typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const QString& error() const { return m_error; }

private:
    Result(std::nullopt_t, QString message) : m_error(std::move(message)) {}
    std::optional<T> m_value;
    QString m_error;
};

template <>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    static Result failure(QString message)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

template <typename T>
Result<T> failure(const QString& message)
{
    return Result<T>::failure(message);
}

inline Status failed(const QString& message) { return Status::failure(message); }

} // namespace huellas
