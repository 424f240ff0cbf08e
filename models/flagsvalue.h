#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// The wire value of an act that sets several switches at once: each named, in a fixed order,
// "InboundCalling=true,OutboundCalling=false,SMS=true".
namespace FlagsValue {

QString write(const QList<std::pair<QLatin1StringView, bool>> &flags);
// The switches in the order of `keys`; nullopt for text that is not such a value (empty: not
// known).
std::optional<QList<bool>> read(const QString &value, const QList<QLatin1StringView> &keys);

} // namespace FlagsValue
