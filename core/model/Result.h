#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace carnet {

// Why a core call refused or failed. `message` is one translated sentence a user can read;
// `field` names the offending input ("birth_date", "nir", "fee"...) when there is one.
struct Error
{
    enum class Kind
    {
        Invalid,  // bad input: nothing was written
        NotFound, // an id that does not exist
        Conflict, // the change contradicts stored facts (e.g. a session already on a sheet)
        ReadOnly, // the file is open read-only (locked by another Carnet)
        Locked,   // another process holds the file's lock
        Damaged,  // the file is not a sound Carnet database
        TooNew,   // the file was written by a newer Carnet
        Io,       // disk full, permissions, SQL failure
    };

    Kind kind = Kind::Invalid;
    QString field;
    QString message;

    static Error invalid(QString field, QString message)
    {
        return {Kind::Invalid, std::move(field), std::move(message)};
    }
    static Error notFound(QString field, QString message)
    {
        return {Kind::NotFound, std::move(field), std::move(message)};
    }
    static Error io(QString message) { return {Kind::Io, {}, std::move(message)}; }
};

// A value or an Error: what every core call that can fail returns.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &value(); }
    const T& operator*() const { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace carnet
