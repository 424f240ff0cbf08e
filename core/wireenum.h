#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <utility>

// Describes the wire names of an enum E: a specialization provides
//   static constexpr std::array<std::pair<E, const char16_t *>, N> names;
template<typename E>
struct WireEnumNames;

// A service enum value that keeps what the service sent. A name this client does not know yet
// stays as its raw string (value() is E::Unknown) and is written back unchanged, so nothing the
// service says is ever dropped. A value that was never given is unset (null on the wire).
template<typename E>
class WireEnum
{
public:
    WireEnum() = default;
    WireEnum(E value) // NOLINT(google-explicit-constructor): reads naturally at call sites
        : m_value(value)
        , m_set(value != E::Unknown)
    {
    }

    static WireEnum fromWire(const QString &name)
    {
        WireEnum result;
        result.m_set = true;
        for (const auto &[value, wireName] : WireEnumNames<E>::names) {
            if (name == QStringView(wireName)) {
                result.m_value = value;
                return result;
            }
        }
        result.m_unknownName = name;
        return result;
    }

    bool isSet() const { return m_set; }
    bool isKnown() const { return m_set && m_value != E::Unknown; }
    E value() const { return m_value; }

    QString wireName() const
    {
        if (!m_set)
            return {};
        if (m_value == E::Unknown)
            return m_unknownName;
        for (const auto &[value, wireName] : WireEnumNames<E>::names) {
            if (value == m_value)
                return QString::fromUtf16(wireName);
        }
        return {};
    }

    // The wire names of `values`, in their order.
    static QStringList wireNames(const QList<WireEnum> &values)
    {
        QStringList names;
        names.reserve(values.size());
        for (const WireEnum &value : values)
            names.append(value.wireName());
        return names;
    }

    static auto knownValues()
    {
        std::array<E, WireEnumNames<E>::names.size()> values {};
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = WireEnumNames<E>::names[i].first;
        return values;
    }

    friend bool operator==(const WireEnum &a, const WireEnum &b)
    {
        return a.m_set == b.m_set && a.m_value == b.m_value && a.m_unknownName == b.m_unknownName;
    }

private:
    E m_value = E::Unknown;
    bool m_set = false;
    QString m_unknownName;
};
