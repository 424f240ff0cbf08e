#include "ui/comparesnapshotsdialog.h"

#include "models/csvwriter.h"
#include "models/displaynames.h"
#include "models/snapshotcomparison.h"
#include "models/snapshotdiffmodel.h"
#include "store/asyncsnapshots.h"
#include "ui/filechooser.h"
#include "ui/readonlytable.h"
#include "ui/screenfit.h"
#include "ui/writtenfilenote.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

CompareSnapshotsDialog::CompareSnapshotsDialog(AsyncSnapshots *snapshots, const QString &accountId,
                                               QWidget *parent)
    : QDialog(parent)
    , m_snapshots(snapshots)
    , m_firstAccount(accountId)
    , m_model(new SnapshotDiffModel(this))
    , m_kindFilter(new QSortFilterProxyModel(this))
    , m_textFilter(new QSortFilterProxyModel(this))
    , m_account(new QComboBox(this))
    , m_older(new QComboBox(this))
    , m_newer(new QComboBox(this))
    , m_compareButton(new QPushButton(tr("Compare"), this))
    , m_kind(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_written(new WrittenFileNote(this))
{
    setObjectName(u"compareSnapshotsDialog"_s);
    setWindowTitle(tr("Compare snapshots"));
    m_account->setObjectName(u"compareAccount"_s);
    m_older->setObjectName(u"olderSnapshot"_s);
    m_newer->setObjectName(u"newerSnapshot"_s);
    m_compareButton->setObjectName(u"compareButton"_s);
    m_kind->setObjectName(u"compareKindFilter"_s);
    m_filter->setObjectName(u"compareFilter"_s);
    m_view->setObjectName(u"compareTable"_s);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(tr("Reading the snapshots kept on this computer…"));

    m_kindFilter->setSourceModel(m_model);
    m_kindFilter->setFilterRole(SnapshotDiffModel::KindRole);
    m_kindFilter->setFilterKeyColumn(SnapshotDiffModel::KindColumn);
    m_textFilter->setSourceModel(m_kindFilter);
    m_textFilter->setFilterKeyColumn(-1);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_textFilter);
    ReadOnlyTable::setUpSortable(m_view);

    m_kind->addItem(tr("Every change"), QString());
    m_kind->addItem(tr("Added users"), SnapshotDiffModel::kindKey(UserDifference::Kind::Added));
    m_kind->addItem(tr("Removed users"), SnapshotDiffModel::kindKey(UserDifference::Kind::Removed));
    m_kind->addItem(tr("Changed users"), SnapshotDiffModel::kindKey(UserDifference::Kind::Changed));
    m_filter->setPlaceholderText(tr("Filter by name, email, member or value"));
    m_filter->setClearButtonEnabled(true);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_kind->currentData().toString();
        m_kindFilter->setFilterRegularExpression(key.isEmpty() ? QString() : u"^%1$"_s.arg(key));
    });
    connect(m_filter, &QLineEdit::textChanged, m_textFilter, &QSortFilterProxyModel::setFilterFixedString);

    auto *choices = new QFormLayout;
    choices->addRow(tr("&Account:"), m_account);
    choices->addRow(tr("&Older:"), m_older);
    choices->addRow(tr("&Newer:"), m_newer);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_compareButton, QDialogButtonBox::ActionRole);
    m_exportButton = buttons->addButton(tr("Export as CSV…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(u"exportDifferencesButton"_s);
    m_exportButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compareButton, &QPushButton::clicked, this, &CompareSnapshotsDialog::compare);
    connect(m_exportButton, &QPushButton::clicked, this, &CompareSnapshotsDialog::exportCsv);
    connect(m_account, &QComboBox::currentIndexChanged, this, &CompareSnapshotsDialog::showAccount);
    connect(m_older, &QComboBox::currentIndexChanged, this, &CompareSnapshotsDialog::updateCompareButton);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &CompareSnapshotsDialog::updateCompareButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_written);
    layout->addWidget(buttons);
    resizeWithinScreen(this, { 1000, 600 });
    updateCompareButton();

    m_snapshots->list({}, this, [this](const QList<SnapshotInfo> &all, const QString &error) {
        showSnapshots(all, error);
    });
}

QAbstractItemModel *CompareSnapshotsDialog::shownModel() const
{
    return m_textFilter;
}

QString CompareSnapshotsDialog::labelOf(const SnapshotInfo &snapshot) const
{
    const QLocale locale;
    return tr("%1 — %2 users")
        .arg(DisplayNames::dateTime(snapshot.takenAt),
             locale.toString(snapshot.userCount));
}

void CompareSnapshotsDialog::showSnapshots(const QList<SnapshotInfo> &snapshots, const QString &error)
{
    if (!error.isEmpty()) {
        m_summary->setText(tr("The snapshots could not be read: %1").arg(error));
        return;
    }
    // Partial listings would show every user they missed as removed: only complete ones compare.
    for (const SnapshotInfo &snapshot : snapshots) {
        if (snapshot.complete)
            m_byAccount[snapshot.account.accountId].append(snapshot);
    }
    // Each account under the name its newest snapshot has.
    const QList<SnapshotInfo> accounts = SnapshotInfo::latestCompleteByName(snapshots);
    const QSignalBlocker blocker(m_account);
    for (const SnapshotInfo &latest : accounts)
        m_account->addItem(latest.account.name, latest.account.accountId);
    m_account->setCurrentIndex(std::max(0, m_account->findData(m_firstAccount)));
    m_summary->setText(accounts.isEmpty() ? tr("No account has a complete snapshot yet: one is kept "
                                               "each time an account's users are loaded to the end.")
                                          : tr("Choose two snapshots and Compare."));
    showAccount();
}

void CompareSnapshotsDialog::showAccount()
{
    const QList<SnapshotInfo> snapshots = m_byAccount.value(m_account->currentData().toString());
    const QSignalBlocker olderBlocker(m_older);
    const QSignalBlocker newerBlocker(m_newer);
    m_older->clear();
    m_newer->clear();
    for (const SnapshotInfo &snapshot : snapshots) {
        m_older->addItem(labelOf(snapshot), snapshot.id);
        m_newer->addItem(labelOf(snapshot), snapshot.id);
    }
    m_newer->setCurrentIndex(snapshots.isEmpty() ? -1 : 0);
    m_older->setCurrentIndex(snapshots.size() > 1 ? 1 : -1);
    if (snapshots.size() == 1)
        m_summary->setText(tr("This account has one complete snapshot so far: another is kept the next "
                              "time its users are loaded to the end."));
    updateCompareButton();
}

void CompareSnapshotsDialog::updateCompareButton()
{
    m_compareButton->setEnabled(m_older->currentIndex() >= 0 && m_newer->currentIndex() >= 0
                                && m_older->currentData() != m_newer->currentData());
}

void CompareSnapshotsDialog::compare()
{
    if (!m_compareButton->isEnabled())
        return;
    const qint64 olderId = m_older->currentData().toLongLong();
    const qint64 newerId = m_newer->currentData().toLongLong();
    const int comparison = ++m_comparison;
    m_summary->setText(tr("Reading both snapshots…"));
    auto older = std::make_shared<QList<User>>();
    m_snapshots->readUsers(olderId, 0, this, [this, comparison, older, newerId](const QList<User> &users) {
        *older = users;
        m_snapshots->readUsers(newerId, 0, this, [this, comparison, older](const QList<User> &newer) {
            if (comparison == m_comparison)
                showComparison(*older, newer);
        });
    });
}

void CompareSnapshotsDialog::showComparison(const QList<User> &older, const QList<User> &newer)
{
    m_model->setDifferences(SnapshotComparison::compare(older, newer));
    const QLocale locale;
    const int changed = m_model->countOf(UserDifference::Kind::Changed);
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No differences: both snapshots hold the same %1 users with the same values.")
                                 .arg(locale.toString(newer.size()))
                           : tr("%1 added, %2 removed, %3 changed (%Ln value(s)).", nullptr,
                                m_model->changedValueCount())
                                 .arg(locale.toString(m_model->countOf(UserDifference::Kind::Added)),
                                      locale.toString(m_model->countOf(UserDifference::Kind::Removed)),
                                      locale.toString(changed)));
    m_view->resizeColumnsToContents();
    m_exportButton->setEnabled(m_model->rowCount() > 0);
    emit compared();
}

void CompareSnapshotsDialog::exportCsv()
{
    const QString name = FileChooser::csvName(tr("%1 differences").arg(m_account->currentText()), QDate::currentDate());
    FileChooser::askToSaveCsv(this, tr("Export differences"), name, [this](const QString &path) {
        QString error;
        if (!CsvWriter::writeFile(path, *m_textFilter, CsvWriter::allColumns(*m_textFilter), &error)) {
            m_summary->setText(tr("Could not write %1: %2").arg(path, error));
            return;
        }
        m_written->showWrittenFile(tr("Wrote %Ln difference(s) to %1.", nullptr, m_textFilter->rowCount()), path);
    });
}
