#pragma once

// The users table as the window shows it, for the programs that time the view: UsersModel
// behind UserFilterProxyModel in a shown QTableView with the window's settings (offscreen
// platform unless QT_QPA_PLATFORM says otherwise), and a watch on the viewport's paints.

#include "benchcommon.h"
#include "benchengine.h"

#include "models/userfilterproxymodel.h"
#include "models/usersmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QWindow>

namespace Bench {

// Call before creating the QApplication.
inline void useOffscreenPlatformUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Notes a paint of the viewport while armed.
class PaintWatch final : public QObject
{
public:
    bool armed = true;
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Constructed, the view is shown and exposed; the model has no account yet.
class UsersView
{
public:
    explicit UsersView(ChimeClient *client)
        : engine(client)
        , model(client, engine.engine())
    {
        proxy.setUsersModel(&model);
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSortingEnabled(true);
        view.sortByColumn(-1, Qt::AscendingOrder);
        view.setAlternatingRowColors(true);
        view.verticalHeader()->hide();
        view.horizontalHeader()->setStretchLastSection(true);
        view.resize(760, 620);
        view.show();
        view.viewport()->installEventFilter(&watch);
        waitUntil([this] { return view.windowHandle() && view.windowHandle()->isExposed(); }, 10000,
                  u"the view to show"_s);
    }

    // Declared so that the view goes first.
    ScratchEngine engine;
    UsersModel model;
    UserFilterProxyModel proxy;
    PaintWatch watch;
    QTableView view;
};

} // namespace Bench
