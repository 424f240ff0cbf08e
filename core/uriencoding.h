#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

// RFC 3986 percent-encoding as SigV4 and the Chime REST API need it. QUrl and QUrlQuery are
// deliberately not used for this: they leave '+' and some reserved characters unencoded, so the
// bytes on the wire would differ from the bytes that were signed.
namespace UriEncoding {

// Encodes every byte except the unreserved characters A-Z a-z 0-9 - . _ ~ (and '/' if asked).
QByteArray encode(QByteArrayView bytes, bool keepSlash = false);

// Decodes %XX escapes; a '%' that does not start a valid escape is kept as it is.
QByteArray decode(QByteArrayView encoded);

// One path label (an account or user id) as a single, opaque path segment: '/', '?', '#', spaces
// and non-ASCII are escaped, and an id that is exactly "." or ".." is escaped too, so no id can
// ever address another resource through dot-segment removal.
QByteArray encodePathSegment(const QString &label);

// "k1=v1&k2=v2" with keys and values encoded by encode(); pairs keep their given order.
QByteArray encodeQuery(const QList<QPair<QByteArray, QString>> &items);

} // namespace UriEncoding
