#pragma once

#include "core/outcome.h"
#include "core/user.h"
#include "models/heldvalue.h"
#include "models/change.h"
#include "models/commandcontext.h"
#include "models/usercommand.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QSet>

#include <functional>

class ChangeResultsView;
class ChangeRun;
class ChimeClient;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// The one dialog every command on the selected users runs in. Before anything is sent it says
// what will happen to whom (the users that change, with their value now and after, and how many
// are left as they are) and what cannot be undone; nothing is preselected where there is a
// choice, and the Apply button names the effect ("Suspend 12 users"). A command that asks for it
// is confirmed once more. The change then runs through the change engine and the dialog follows
// it user by user; users that failed can be handed back to the window for a retry, and an
// applied change of an act that can be undone offers Undo.
class ChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<ChangeRun *(Change change)>;

    ChangeDialog(const UserCommand &command, CommandContext context, const QList<User> &users,
                 QSet<QString> uncertain, Submit submit, QWidget *parent = nullptr);

    const UserCommand &command() const { return m_command; }
    // Where the act's member is not in a listing (telephony settings), reads the users whose
    // value is not known before anything is planned, so that the preview shows what they hold
    // and what Undo would give back; users that cannot be read are planned as "not known".
    void readUnknownValues(ChimeClient *client);
    bool isReading() const { return m_reading; }
    // Picks one of the command's choices by wire value (a license), or types the text of a
    // command that takes text (a phone number).
    void setChoice(const QString &value);
    // What the Apply button does: sends, or first asks.
    void apply();
    ChangeRun *run() const { return m_run; }
    QPushButton *applyButton() const { return m_applyButton; }
    QMessageBox *confirmation() const { return m_confirmation; }
    ChangeResultsView *resultsView() const { return m_results; }
    QTableWidget *preview() const { return m_preview; }

signals:
    void runFinished(ChangeRun *run);
    void retryFailedRequested(const QStringList &userIds);
    void undoRequested(const QUuid &changeId);
    // Users read by readUnknownValues(), with what they hold now.
    void usersRead(const QList<User> &users);

private:
    QWidget *createPlanPage();
    void createButtons();
    QString choice() const;
    QString choiceText() const;
    void updatePlan();
    void fillPreview();
    void onUserRead(const QString &userId, const Outcome<HeldValue> &answer);
    void send();
    void showFinished();

    const UserCommand &m_command;
    const bool m_takesText; // typed text (a phone number) rather than a choice
    CommandContext m_context;
    QList<User> m_users;
    QSet<QString> m_uncertain;
    Submit m_submit;
    UserCommand::Plan m_plan;
    bool m_reading = false;
    int m_toRead = 0;
    QStringList m_unreadable; // why users could not be read
    QPointer<ChangeRun> m_run;
    QStackedWidget *m_pages;
    QComboBox *m_choice;
    QLineEdit *m_text; // for a command that takes typed text
    QLabel *m_summary;
    QLabel *m_caution;
    QTableWidget *m_preview;
    ChangeResultsView *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPointer<QMessageBox> m_confirmation;
};
