#pragma once

#include <QDateTime>

#include <optional>

// How long an Enterprise account keeps chat messages, in days (1-5475); a period left out means
// messages are kept. InitiateDeletionTimestamp says when deletion under it begins.
struct RetentionSettings
{
    std::optional<int> roomRetentionDays;
    std::optional<int> conversationRetentionDays;
    std::optional<QDateTime> initiateDeletionTimestamp; // answers only

    friend bool operator==(const RetentionSettings &, const RetentionSettings &) = default;
};
