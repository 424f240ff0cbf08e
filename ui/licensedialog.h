#pragma once

#include "core/user.h"
#include "models/bulklicensejob.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// Re-licenses the selected users: pick a supported license, see how many change, apply with a
// cancellable progress dialog, then read what happened to each user. Users whose change failed
// can be handed back to the window for a retry, and an applied change can be undone: the same
// dialog then sends every changed user back to the license it had.
class LicenseDialog final : public QDialog
{
    Q_OBJECT

public:
    using Changes = QList<BulkLicenseJob::Change>;
    using JobFactory = std::function<BulkLicenseJob *(const Changes &)>;

    // Picks one license for all of `users`.
    LicenseDialog(const QList<User> &users, const QList<LicenseValue> &supportedLicenses,
                  JobFactory makeJob, QWidget *parent = nullptr);
    // Undoes a bulk change: each user gets the license of its change.
    LicenseDialog(const Changes &undo, JobFactory makeJob, QWidget *parent = nullptr);

    // Makes the job when Apply is pressed (the window supplies it, with its client and log).
    void setJobFactory(JobFactory makeJob) { m_makeJob = std::move(makeJob); }
    void setTargetLicense(const LicenseValue &license);
    void apply();
    BulkLicenseJob *job() const { return m_job; }
    QTableWidget *resultsTable() const { return m_results; }

signals:
    void jobFinished(BulkLicenseJob *job);
    void retryFailedRequested(const QStringList &userIds);
    void undoRequested(const LicenseDialog::Changes &undo);

private:
    void buildPages(const QString &prompt);
    void updateSummary();
    void showResults();
    void addRetryButton();
    void addUndoButton();
    Changes plannedChanges() const;

    QList<User> m_users;
    std::optional<Changes> m_undo;
    JobFactory m_makeJob;
    BulkLicenseJob *m_job = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_license = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_resultSummary = nullptr;
    QTableWidget *m_results = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_applyButton = nullptr;
    QProgressDialog *m_progress = nullptr;
};
