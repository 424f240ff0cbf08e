#include "ui/invitedialog.h"

#include "models/changeacts.h"
#include "models/newuseract.h"
#include "models/plaintooltip.h"
#include "ui/confirmationbox.h"
#include "ui/filechooser.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr qint64 largestListFile = 1024 * 1024;

} // namespace

InviteDialog::InviteDialog(CommandContext context, QSet<QString> inAccount, Submit submit,
                           QWidget *parent)
    : NewUsersDialog(std::move(context), std::move(submit), parent)
    , m_inAccount(std::move(inAccount))
    , m_list(new QPlainTextEdit(this))
    , m_userType(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_fileProblem(new QLabel(this))
    , m_check(new QTableWidget(this))
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite users to %1").arg(this->context().shownName()));
    setInputPage(createInputPage());
    // Checked once typing pauses: a long list is parsed and laid out once, not per keystroke.
    m_checkLater.setSingleShot(true);
    m_checkLater.setInterval(150);
    connect(&m_checkLater, &QTimer::timeout, this, &InviteDialog::updateCheck);
    connect(m_list, &QPlainTextEdit::textChanged, this, [this] {
        applyButton()->setEnabled(false);
        m_checkLater.start();
    });
    updateCheck();
    m_list->setFocus();
}

QWidget *InviteDialog::createInputPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *prompt = new QLabel(tr("&Addresses to invite: one a line, or CSV with an email column. "
                                 "Each gets an invitation email to join the team."),
                              page);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("inviteList"));
    m_list->setPlaceholderText(tr("ana@example.com\nBen Ortiz <ben@example.com>"));
    m_list->setTabChangesFocus(true);
    auto *openButton = new QPushButton(tr("&Open file…"), page);
    openButton->setObjectName(QStringLiteral("openListFile"));
    connect(openButton, &QPushButton::clicked, this, &InviteDialog::openFile);
    m_fileProblem->setObjectName(QStringLiteral("fileProblem"));
    m_fileProblem->setWordWrap(true);
    m_fileProblem->setTextFormat(Qt::PlainText);
    m_fileProblem->hide();
    m_userType->setObjectName(QStringLiteral("inviteUserType"));
    fillUserTypes(m_userType);
    auto *form = new QFormLayout;
    form->addRow(tr("Invite as:"), m_userType);
    m_summary->setObjectName(QStringLiteral("inviteSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_check->setObjectName(QStringLiteral("inviteCheck"));
    m_check->setAccessibleName(tr("Addresses checked"));
    m_check->setColumnCount(3);
    m_check->setHorizontalHeaderLabels({ tr("Line"), tr("Address"), tr("Check") });
    m_check->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_check->verticalHeader()->hide();
    m_check->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_check->setSelectionBehavior(QAbstractItemView::SelectRows);

    layout->addWidget(prompt);
    layout->addWidget(m_list, 1);
    layout->addWidget(openButton, 0, Qt::AlignLeft);
    layout->addWidget(m_fileProblem);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_check, 1);
    return page;
}

void InviteDialog::setList(const QString &text)
{
    m_list->setPlainText(text);
    m_checkLater.stop();
    updateCheck();
}

void InviteDialog::openFile()
{
    FileChooser::askToOpen(this, tr("Open a list of addresses"),
                           tr("Address lists (*.txt *.csv);;All files (*)"),
                           [this](const QString &path) { loadFile(path); });
}

bool InviteDialog::loadFile(const QString &path)
{
    QFile file(path);
    QByteArray contents;
    QString problem;
    // Only a regular file: opening a pipe would wait for a writer, and a device never ends.
    if (!QFileInfo(path).isFile())
        problem = tr("%1 is not a file that can be read.").arg(path);
    else if (!file.open(QIODevice::ReadOnly))
        problem = tr("%1 could not be opened: %2").arg(path, file.errorString());
    else if (contents = file.read(largestListFile + 1); contents.size() > largestListFile)
        problem = tr("%1 is larger than a list of addresses can be (1 MiB).").arg(path);
    m_fileProblem->setText(problem);
    m_fileProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    setList(QString::fromUtf8(contents));
    return true;
}

void InviteDialog::updateCheck()
{
    m_entries = EmailList::parse(m_list->toPlainText(), m_inAccount);
    const int sendable = EmailList::sendable(m_entries);
    const int refused = int(m_entries.size()) - sendable;
    QString summary = m_entries.isEmpty()
        ? tr("Paste or type the addresses to invite, or open a file of them.")
        : tr("%Ln address(es) will be invited.", nullptr, sendable);
    if (refused > 0)
        summary += u' ' + tr("%Ln line(s) cannot be sent and are left out: see why below.", nullptr, refused);
    m_summary->setText(summary);
    m_check->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const EmailList::Entry &entry = m_entries.at(row);
        const QString check = entry.problem.isEmpty() ? tr("Will be invited") : entry.problem;
        int column = 0;
        for (const QString &text : { QString::number(entry.line), entry.email.isEmpty() ? entry.text : entry.email, check }) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(plainToolTip(text));
            if (!entry.problem.isEmpty())
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_check->setItem(row, column++, item);
        }
    }
    m_check->resizeColumnToContents(0);
    m_check->resizeColumnToContents(1);
    applyButton()->setText(sendable > 0 ? tr("Invite %Ln address(es)", nullptr, sendable) : tr("Invite"));
    applyButton()->setEnabled(sendable > 0);
}

QList<ChangeTarget> InviteDialog::targets() const
{
    QList<ChangeTarget> targets;
    const QString userType = m_userType->currentData().toString();
    for (const EmailList::Entry &entry : m_entries) {
        if (entry.problem.isEmpty())
            targets.append({ NewUserAct::keyOf(entry.email), {}, entry.email, NewUserAct::none, userType });
    }
    return targets;
}

void InviteDialog::apply()
{
    const QList<ChangeTarget> toSend = targets();
    if (toSend.isEmpty() || m_checkLater.isActive()
        || findChild<QMessageBox *>(QStringLiteral("changeConfirmation")))
        return;
    openConfirmation(this, windowTitle(),
                     tr("Send an invitation email to %Ln address(es) to join %1? An invitation "
                        "cannot be taken back here.",
                        nullptr, int(toSend.size()))
                         .arg(context().shownName()),
                     applyButton()->text(), [this, toSend] { send(ChangeActs::invite().id(), toSend); });
}

void InviteDialog::editAgain(const QStringList &keys)
{
    setList(keys.join(u'\n'));
}
