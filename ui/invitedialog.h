#pragma once

#include "models/emaillist.h"
#include "ui/newusersdialog.h"

#include <QSet>
#include <QTimer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

// Invites people into a Team account by email: a pasted list or a file (one address a line, or
// CSV with an email column). Every line is checked as it is typed, and the table says what is
// wrong with those that cannot be sent; the rest go, after one confirmation, and each address's
// invite status follows.
class InviteDialog final : public NewUsersDialog
{
    Q_OBJECT

public:
    // `inAccount`: addresses (NewUserAct::keyOf) of the account's users listed so far.
    InviteDialog(CommandContext context, QSet<QString> inAccount, Submit submit,
                 QWidget *parent = nullptr);

    // Sets the list and checks it at once (typing is checked once it pauses).
    void setList(const QString &text);
    // Reads the list from a file (at most 1 MiB); false with a message shown when it cannot.
    bool loadFile(const QString &path);
    const QList<EmailList::Entry> &entries() const { return m_entries; }
    QTableWidget *checkTable() const { return m_check; }

protected:
    void apply() override;
    void editAgain(const QStringList &keys) override;

private:
    QWidget *createInputPage();
    void openFile();
    void updateCheck();
    QList<ChangeTarget> targets() const;

    QSet<QString> m_inAccount;
    QList<EmailList::Entry> m_entries;
    QPlainTextEdit *m_list;
    QComboBox *m_userType;
    QLabel *m_summary;
    QLabel *m_fileProblem;
    QTableWidget *m_check;
    QTimer m_checkLater;
};
