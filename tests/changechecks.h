#pragma once

#include "emulatorfixture.h"
#include "enginefixture.h"

#include "models/changeacts.h"
#include "models/undoplanner.h"

#include <QSignalSpy>

// What the tests of the acts share: finding an account of a type in the emulator, making a
// license change, waiting for a run to settle, and undoing a change the way Ctrl+Z does.
namespace ChangeChecks {

inline int accountOfType(EmulatorFixture &fixture, AccountType type)
{
    for (int i = 0; i < fixture.store().accounts().size(); ++i) {
        if (fixture.account(i).account.accountType == type)
            return i;
    }
    return -1;
}

// A change of these users' license to `target`, as the license dialog makes it.
inline Change licenseChange(const QString &accountId, const QList<User> &users, const LicenseValue &target)
{
    Change change;
    change.act = ChangeActs::license().id();
    change.accountId = accountId;
    change.accountName = QStringLiteral("Test account");
    for (const User &user : users) {
        change.targets.append({ user.userId, user.displayName.value_or(QString()),
                                user.primaryEmail.value_or(QString()), user.licenseType.wireName(),
                                target.wireName() });
    }
    return change;
}

inline bool waitFinished(ChangeRun *run)
{
    if (!run)
        return false;
    if (run->isFinished())
        return true;
    QSignalSpy finished(run, &ChangeRun::finished);
    return finished.wait(20000);
}

// Plans the undo of a change as Ctrl+Z does and submits it; null when it cannot be planned.
inline ChangeRun *undoneBy(EngineFixture &engine, const QUuid &changeId)
{
    UndoPlanner planner(engine.engine(), changeId);
    QSignalSpy planned(&planner, &UndoPlanner::planned);
    planner.start();
    if (!planned.wait(10000))
        return nullptr;
    const UndoPlanner::Plan plan = planned.first().first().value<UndoPlanner::Plan>();
    if (!plan.error.isEmpty()) {
        qWarning("undo not planned: %s", qPrintable(plan.error));
        return nullptr;
    }
    return engine.engine()->submit(plan.change);
}

} // namespace ChangeChecks
