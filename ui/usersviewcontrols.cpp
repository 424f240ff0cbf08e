#include "ui/usersviewcontrols.h"

#include "core/chimeenums.h"
#include "models/displaynames.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

UsersViewControls::UsersViewControls(QLineEdit *search, QComboBox *license, QComboBox *userType,
                                     QComboBox *registration, QTableView *table)
    : m_search(search)
    , m_license(license)
    , m_userType(userType)
    , m_registration(registration)
    , m_table(table)
{
}

SavedView UsersViewControls::capture(const QString &name, const QString &accountId) const
{
    SavedView view;
    view.name = name;
    view.accountId = accountId;
    view.search = m_search->text();
    view.license = m_license->currentData().toString();
    view.userType = m_userType->currentData().toString();
    view.registration = m_registration->currentData().toString();
    if (const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_table->model())) {
        view.sortColumn = proxy->sortColumn();
        view.sortOrder = proxy->sortOrder();
    }
    view.header = m_table->horizontalHeader()->saveState();
    return view;
}

QStringList UsersViewControls::apply(const SavedView &view) const
{
    QStringList problems;
    m_search->setText(view.search);
    if (!choose(m_license, view.license))
        problems.append(tr("This account does not offer the license %1; every license is shown.")
                            .arg(DisplayNames::license(LicenseValue::fromWire(view.license))));
    choose(m_userType, view.userType);
    choose(m_registration, view.registration);
    if (!view.header.isEmpty() && !m_table->horizontalHeader()->restoreState(view.header))
        problems.append(tr("The columns of the view could not be read; they are left as they are."));
    m_table->sortByColumn(view.sortColumn, view.sortOrder);
    return problems;
}

bool UsersViewControls::choose(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(std::max(0, index));
    return index >= 0;
}
