#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class SavedViews;

// View → Save view…: a name, whether the view is this account's or every account's, and
// whether this account opens with it. Says when saving replaces a view of the same name.
class SaveViewDialog final : public QDialog
{
    Q_OBJECT

public:
    SaveViewDialog(const SavedViews *views, const QString &accountId, const QString &accountName,
                   QWidget *parent = nullptr);

    QString name() const;
    // The account the view is for; empty: every account.
    QString scope() const;
    bool opensTheAccount() const;

private:
    void update();

    const SavedViews *m_views;
    QString m_accountId;
    QLineEdit *m_name;
    QRadioButton *m_thisAccount;
    QRadioButton *m_everyAccount;
    QCheckBox *m_opensWith;
    QLabel *m_replaces;
    QDialogButtonBox *m_buttons;
};
