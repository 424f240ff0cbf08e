#pragma once

#include <QString>

struct SigninDelegateGroup
{
    QString groupName;

    friend bool operator==(const SigninDelegateGroup &, const SigninDelegateGroup &) = default;
};
