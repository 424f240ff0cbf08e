#pragma once

#include "models/change.h"
#include "models/commandcontext.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class ChangeResultsView;
class ChangeRun;
class QComboBox;
class QDialogButtonBox;
class QPushButton;
class QStackedWidget;

// What the dialogs that bring users into an account share: their own input page first, then,
// once sent through the change engine, the result of every address (ChangeResultsView), with
// Stop sending while it runs. usersAdded() tells the window to list the account again.
class NewUsersDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<ChangeRun *(Change change)>;

    ChangeRun *run() const;
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    ChangeResultsView *resultsView() const { return m_results; }

signals:
    void usersAdded(const QString &accountId);

protected:
    NewUsersDialog(CommandContext context, Submit submit, QWidget *parent);

    void setInputPage(QWidget *page);
    // The user types a new user may have, as wire values (PrivateUser first).
    static void fillUserTypes(QComboBox *box);
    const CommandContext &context() const { return m_context; }
    // Sends a change of `act` for `targets`.
    void send(const QString &act, const QList<ChangeTarget> &targets);
    // What the Apply button does.
    virtual void apply() = 0;
    // Back to the input with the addresses whose change failed, was cancelled or could not be
    // confirmed (target keys: NewUserAct::keyOf), for another try.
    virtual void editAgain(const QStringList &keys) = 0;

private:
    void showFinished();

    CommandContext m_context;
    Submit m_submit;
    QPointer<ChangeRun> m_run;
    QStackedWidget *m_pages;
    ChangeResultsView *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
    QPushButton *m_stopButton;
    QPushButton *m_retryButton;
};
