#include "models/untraceableact.h"

QString UntraceableAct::heldValue(const User &) const
{
    return {};
}

void UntraceableAct::applyTo(User &, const QString &) const
{
    // Nothing of the user's record changes; what an answer carries (a new PIN) comes with it.
}

QString UntraceableAct::displayValue(const QString &value) const
{
    return value == effect() ? effectText() : QString();
}
