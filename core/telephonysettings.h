#pragma once

// What a user may do on the telephone (the API model's TelephonySettings): every member is
// required on the wire, both ways.
struct TelephonySettings
{
    bool inboundCalling = false;
    bool outboundCalling = false;
    bool sms = false;

    friend bool operator==(const TelephonySettings &, const TelephonySettings &) = default;
};
