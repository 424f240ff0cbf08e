#pragma once

#include "core/awscredentials.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Credentials and a region a request may be signed with and sent for. A control character (a
// line break pasted along, or put in a file or variable on purpose) would end up in a header of
// its own: "abc\r\nX-Injected: yes" as a session token adds a header. Such input is refused,
// from every source, by naming the field and never the value.
namespace CredentialCheck {

// Why these cannot be used, naming the field; nothing when they can.
std::optional<QString> problem(const AwsCredentials &credentials, const QString &region);
bool hasControlCharacter(const QString &text);

} // namespace CredentialCheck
