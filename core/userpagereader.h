#pragma once

#include "core/chimeresults.h"

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

// The fast way through a ListUsers answer: reads the users straight from the JSON bytes, without
// building a QJsonDocument and looking every member up in it (which was most of the CPU time of
// listing a large account).
//
// It takes only what is plainly well-formed: strings without escapes, null, booleans, objects
// and arrays, every member of the type the API gives it. For anything else — an escape, a
// number, a member of the wrong type, a repeated member, invalid JSON or UTF-8 — it answers
// nullopt, and ChimeResponseParser::listUsers() reads the body the general way, which gives the
// same users or the error it always gave. So whatever it accepts, it reads exactly as the
// general way does (the response parser fuzzer checks this on every input).
namespace UserPageReader {

std::optional<UsersPage> read(QByteArrayView body);

// "YYYY-MM-DDTHH:MM:SS.mmmZ" or "YYYY-MM-DDTHH:MM:SSZ" (years 1000 to 9999), as the UTC time
// QDateTime::fromString(text, Qt::ISODateWithMs) gives; nullopt for any other text, which then
// goes the general way.
std::optional<QDateTime> isoUtcTimestamp(QByteArrayView text);

} // namespace UserPageReader
