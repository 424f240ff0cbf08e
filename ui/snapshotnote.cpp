#include "ui/snapshotnote.h"

#include "models/displaynames.h"
#include "models/usersmodel.h"

#include <QLocale>

using namespace std::chrono_literals;

SnapshotNote::SnapshotNote(UsersModel *users, QWidget *parent)
    : QLabel(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("snapshotNote"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::StyledPanel);
    setMargin(4);
    m_goneShown.setSingleShot(true);
    m_goneShown.setInterval(10s);
    connect(&m_goneShown, &QTimer::timeout, this, &SnapshotNote::refresh);
    connect(users, &UsersModel::snapshotChanged, this, &SnapshotNote::refresh);
    connect(users, &UsersModel::pageLoaded, this, &SnapshotNote::refresh);
    connect(users, &UsersModel::modelReset, this, &SnapshotNote::refresh);
    connect(users, &UsersModel::snapshotUsersGone, this, &SnapshotNote::showGone);
    refresh();
}

void SnapshotNote::refresh()
{
    const qsizetype unconfirmed = m_users->snapshotRowCount();
    if (unconfirmed == 0) {
        if (!m_goneShown.isActive())
            hide();
        return;
    }
    m_goneShown.stop();
    const QLocale locale;
    if (m_users->isOffline()) {
        setText(tr("Offline: the snapshot of %1, %2 users, read-only.")
                    .arg(DisplayNames::dateTime(m_users->snapshotTime()),
                         locale.toString(m_users->rowCount())));
        show();
        return;
    }
    setText(tr("Shown from the snapshot of %1: %2 of %3 users confirmed by the service so far. "
               "Rows in italics are not confirmed yet and cannot be changed.")
                .arg(DisplayNames::dateTime(m_users->snapshotTime()),
                     locale.toString(m_users->rowCount() - unconfirmed),
                     locale.toString(m_users->rowCount())));
    show();
}

void SnapshotNote::showGone(int count)
{
    setText(tr("The service no longer has %Ln user(s) of the snapshot; their rows are removed.", nullptr,
               count));
    show();
    m_goneShown.start();
}
