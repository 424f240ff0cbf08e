#pragma once

#include "models/savedview.h"

#include <QCoreApplication>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QTableView;

// The controls a saved view is made of: the search field, the three filters and the users
// table (sort, columns). Reads them into a view and sets them from one.
class UsersViewControls
{
    Q_DECLARE_TR_FUNCTIONS(UsersViewControls)

public:
    UsersViewControls(QLineEdit *search, QComboBox *license, QComboBox *userType,
                      QComboBox *registration, QTableView *table);

    SavedView capture(const QString &name, const QString &accountId) const;
    // Sets what the view holds; says what it could not (a license this account does not offer).
    QStringList apply(const SavedView &view) const;

private:
    static bool choose(QComboBox *combo, const QString &value);

    QLineEdit *m_search;
    QComboBox *m_license;
    QComboBox *m_userType;
    QComboBox *m_registration;
    QTableView *m_table;
};
