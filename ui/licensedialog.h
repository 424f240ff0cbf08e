#pragma once

#include "core/user.h"
#include "models/bulklicensejob.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// Re-licenses the selected users: pick a supported license, see how many change, apply with a
// cancellable progress dialog, then read what happened to each user. Users whose change failed
// can be handed back to the window for a retry.
class LicenseDialog final : public QDialog
{
    Q_OBJECT

public:
    using JobFactory = std::function<BulkLicenseJob *(const QList<User> &, const LicenseValue &)>;

    LicenseDialog(const QList<User> &users, const QList<LicenseValue> &supportedLicenses,
                  JobFactory makeJob, QWidget *parent = nullptr);

    // Preselects a license (the window's undo uses it).
    void setTargetLicense(const LicenseValue &license);
    void apply();
    BulkLicenseJob *job() const { return m_job; }
    QTableWidget *resultsTable() const { return m_results; }

signals:
    void jobFinished(BulkLicenseJob *job);
    void retryFailedRequested(const QStringList &userIds);

private:
    void updateSummary();
    void showResults();
    void addRetryButton();
    LicenseValue chosenLicense() const;

    QList<User> m_users;
    JobFactory m_makeJob;
    BulkLicenseJob *m_job = nullptr;
    QStackedWidget *m_pages;
    QComboBox *m_license;
    QLabel *m_summary;
    QLabel *m_resultSummary;
    QTableWidget *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
    QProgressDialog *m_progress = nullptr;
};
