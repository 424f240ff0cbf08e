#pragma once

#include <QLabel>
#include <QTimer>

class UsersModel;

// The line above the users table while rows of a snapshot are shown: of when they are, and how
// many the live listing has confirmed so far; then, for a while, how many it no longer had.
class SnapshotNote final : public QLabel
{
    Q_OBJECT

public:
    explicit SnapshotNote(UsersModel *users, QWidget *parent = nullptr);

private:
    void refresh();
    void showGone(int count);

    UsersModel *m_users;
    QTimer m_goneShown;
};
