#pragma once

#include "store/snapshotrecords.h"

#include <QDialog>
#include <QHash>
#include <QList>

class AsyncSnapshots;
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SnapshotDiffModel;
class WrittenFileNote;

// File → Compare snapshots…: picks two complete snapshots of an account and shows the users
// added, removed and changed (per member, before → after) between them, filterable by kind and
// text, and exports what is shown as CSV.
class CompareSnapshotsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Lists the snapshots at once; `accountId` is the account chosen first, where it has any.
    CompareSnapshotsDialog(AsyncSnapshots *snapshots, const QString &accountId, QWidget *parent = nullptr);

    SnapshotDiffModel *model() const { return m_model; }
    QAbstractItemModel *shownModel() const;
    // Compares the snapshots chosen (as the Compare button does).
    void compare();

signals:
    // A comparison finished and the table shows it.
    void compared();

private:
    void showSnapshots(const QList<SnapshotInfo> &snapshots, const QString &error);
    void showAccount();
    void updateCompareButton();
    void showComparison(const QList<User> &older, const QList<User> &newer);
    void exportCsv();
    QString labelOf(const SnapshotInfo &snapshot) const;

    AsyncSnapshots *m_snapshots;
    QString m_firstAccount;
    QHash<QString, QList<SnapshotInfo>> m_byAccount; // complete ones, newest first
    SnapshotDiffModel *m_model;
    QSortFilterProxyModel *m_kindFilter;
    QSortFilterProxyModel *m_textFilter;
    QComboBox *m_account;
    QComboBox *m_older;
    QComboBox *m_newer;
    QPushButton *m_compareButton;
    QPushButton *m_exportButton;
    QComboBox *m_kind;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_summary;
    WrittenFileNote *m_written;
    int m_comparison = 0; // the comparison answers belong to; a newer one drops older answers
};
