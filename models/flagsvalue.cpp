#include "models/flagsvalue.h"

#include <QStringList>

namespace FlagsValue {

namespace {

using namespace Qt::StringLiterals;

QString member(QLatin1StringView key, bool on)
{
    return key + u'=' + (on ? u"true"_s : u"false"_s);
}

} // namespace

QString write(const QList<std::pair<QLatin1StringView, bool>> &flags)
{
    QStringList members;
    for (const auto &[key, on] : flags)
        members.append(member(key, on));
    return members.join(u',');
}

std::optional<QList<bool>> read(const QString &value, const QList<QLatin1StringView> &keys)
{
    const QStringList members = value.split(u',');
    if (members.size() != keys.size())
        return std::nullopt;
    QList<bool> flags;
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members.at(i) == member(keys.at(i), true))
            flags.append(true);
        else if (members.at(i) == member(keys.at(i), false))
            flags.append(false);
        else
            return std::nullopt;
    }
    return flags;
}

} // namespace FlagsValue
