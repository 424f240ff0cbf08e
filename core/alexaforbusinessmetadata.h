#pragma once

#include <QString>

#include <optional>

struct AlexaForBusinessMetadata
{
    std::optional<bool> isAlexaForBusinessEnabled;
    std::optional<QString> alexaForBusinessRoomArn;

    friend bool operator==(const AlexaForBusinessMetadata &, const AlexaForBusinessMetadata &) = default;
};
