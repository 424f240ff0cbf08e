#include "ui/accelerators.h"

namespace Accelerators {

QString mark(const QString &text, QString &taken)
{
    QString escaped = text;
    escaped.replace(u'&', QStringLiteral("&&"));
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar letter = escaped.at(i).toLower();
        if (!letter.isLetterOrNumber() || taken.contains(letter))
            continue;
        taken.append(letter);
        return escaped.insert(i, u'&');
    }
    return escaped;
}

QChar of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is an ampersand shown
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString stripped(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // the mark goes, the letter after it (or the second & of "&&") stays
        plain.append(text.at(i));
    }
    return plain;
}

} // namespace Accelerators
