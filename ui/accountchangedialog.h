#pragma once

#include "core/outcome.h"
#include "models/change.h"
#include "models/heldvalue.h"
#include "ui/accounteditorcontext.h"

#include <QDialog>
#include <QPointer>

#include <functional>

struct AccountCommand;
class AccountValueEditor;
class ChangeRun;
class ChimeClient;
class QLabel;
class QPushButton;

// The one dialog every command on an account runs in. It reads what the account holds now (so
// that the audit log's "before" and Undo are the service's, not a stale listing's), lets the
// person type or choose the new value, says what will change and whether it can be undone, and
// sends nothing until Apply, which names the effect. The change then runs through the change
// engine and the dialog says, in the act's words, how it ended; an applied change that can be
// undone offers Undo.
class AccountChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<ChangeRun *(Change change)>;

    AccountChangeDialog(const AccountCommand &command, AccountEditorContext context, Submit submit,
                        QWidget *parent = nullptr);

    // Reads the account's value now (nothing to read for a new account).
    void start(ChimeClient *client);
    void apply();
    AccountValueEditor *editor() const { return m_editor; }
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *undoButton() const { return m_undoButton; }
    ChangeRun *run() const { return m_run; }
    const QString &before() const { return m_before; }

signals:
    void undoRequested(const QUuid &changeId);

private:
    QString accountText() const;
    void onRead(const Outcome<HeldValue> &answer);
    void updatePlan();
    void showRun();
    void growToText();

    const AccountCommand &m_command;
    AccountEditorContext m_context;
    Submit m_submit;
    bool m_reading = false;
    QString m_before; // the value now; empty when not known
    QPointer<ChangeRun> m_run;
    AccountValueEditor *m_editor;
    QLabel *m_now;
    QLabel *m_problem;
    QLabel *m_summary;
    QLabel *m_outcome;
    QPushButton *m_applyButton;
    QPushButton *m_undoButton;
};
