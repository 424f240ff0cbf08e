#pragma once

#include "core/wireenum.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

// How the snapshot database holds the members of the service's types: a time as milliseconds
// since the epoch (UTC), an enum as its wire name, a flag as 0 or 1, and a member the service
// did not say as NULL.
namespace SqlValues {

inline QVariant ofTime(const std::optional<QDateTime> &time)
{
    return time && time->isValid() ? QVariant(time->toMSecsSinceEpoch()) : QVariant();
}

inline std::optional<QDateTime> timeOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

inline QVariant ofText(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant();
}

inline std::optional<QString> textOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toString());
}

template<typename E>
QVariant ofEnum(const WireEnum<E> &value)
{
    return value.isSet() ? QVariant(value.wireName()) : QVariant();
}

template<typename E>
WireEnum<E> enumOf(const QVariant &value)
{
    return value.isNull() ? WireEnum<E>() : WireEnum<E>::fromWire(value.toString());
}

inline QVariant ofFlag(const std::optional<bool> &flag)
{
    return flag ? QVariant(*flag ? 1 : 0) : QVariant();
}

inline std::optional<bool> flagOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toInt() != 0);
}

} // namespace SqlValues
