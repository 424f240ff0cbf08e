#pragma once

#include "emulator/emulatorreply.h"

#include <QJsonObject>
#include <QtGlobal>

// The service does not answer in one form. Errors come with the exception's name in
// x-amzn-ErrorType and a {"Code", "Message"} body, with a {"code", "message"} body, or with
// no header and a {"__type", "message"} body naming the exception by its shape id; timestamps
// come as ISO 8601 strings or as epoch seconds with a fraction. The emulator varies them, so the
// client (and the AWS CLI) are tested against every form rather than the kindest one.
namespace WireForms {

// The form of the error answered `errorNumber`-th, counted from 0: the three take turns.
EmulatorReply shapeError(EmulatorReply reply, quint64 errorNumber);

// GetAccount and GetUser answer their timestamps as epoch seconds, ListAccounts, ListUsers and
// UpdateUser as ISO 8601 strings.
void epochTimestamps(QJsonObject *answer);

} // namespace WireForms
