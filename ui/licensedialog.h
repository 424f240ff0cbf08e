#pragma once

#include "core/user.h"
#include "models/change.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class ChangeResultsView;
class ChangeRun;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;

// Re-licenses the selected users: nothing is preselected; once a license is picked the Apply
// button names the effect ("Change 26 users to Basic"), and a change of more than a few users is
// confirmed once more before anything is sent. The change then runs through the change engine
// and the dialog follows it user by user; users that failed can be handed back to the window for
// a retry, and the applied change can be undone.
class LicenseDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<ChangeRun *(Change change)>;

    // More users than this changing asks for a confirmation.
    static constexpr int confirmAbove = 5;

    LicenseDialog(const QList<User> &users, const QList<LicenseValue> &supportedLicenses,
                  const QString &accountId, const QString &accountName, Submit submit,
                  QWidget *parent = nullptr);

    void setTargetLicense(const LicenseValue &license);
    // What the Apply button does: sends, or first asks when many users change.
    void apply();
    ChangeRun *run() const { return m_run; }
    QPushButton *applyButton() const { return m_applyButton; }
    QMessageBox *confirmation() const { return m_confirmation; }
    ChangeResultsView *resultsView() const { return m_results; }

signals:
    void runFinished(ChangeRun *run);
    void retryFailedRequested(const QStringList &userIds);
    void undoRequested(const QUuid &changeId);

private:
    void createButtons();
    QList<ChangeTarget> plannedTargets() const;
    void updateSummary();
    void send();
    void showFinished();

    QList<User> m_users;
    QString m_accountId;
    QString m_accountName;
    Submit m_submit;
    QPointer<ChangeRun> m_run;
    QStackedWidget *m_pages;
    QComboBox *m_license;
    QLabel *m_summary;
    ChangeResultsView *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
    QPushButton *m_stopButton;
    QPushButton *m_retryButton;
    QPushButton *m_undoButton;
    QPointer<QMessageBox> m_confirmation;
};
