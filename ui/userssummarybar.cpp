#include "ui/userssummarybar.h"

#include "ui/elidedlabel.h"
#include "ui/selectioncount.h"

#include "core/chimeenums.h"
#include "models/displaynames.h"
#include "models/userfilterproxymodel.h"
#include "models/usersmodel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace {

// A page answered within this is not worth a word; one that takes longer shows its wait.
constexpr qint64 quietWaitMs = 2000;

} // namespace

UsersSummaryBar::UsersSummaryBar(UsersModel *users, UserFilterProxyModel *proxy,
                                 QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_users(users)
    , m_proxy(proxy)
    , m_selection(selection)
    , m_text(new ElidedLabel(Qt::ElideRight, this))
    , m_clearFilters(new QPushButton(tr("&Clear filters"), this))
    , m_loadAll(new QPushButton(tr("Load all"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("usersSummary"));
    m_text->setObjectName(QStringLiteral("usersSummaryText"));
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFilters->setToolTip(tr("Clear the search and every filter"));
    m_loadAll->setObjectName(QStringLiteral("loadAllButton"));
    m_loadAll->setToolTip(tr("Load every remaining page of users; the search and filters then "
                             "cover them all"));
    m_stop->setObjectName(QStringLiteral("stopLoadingButton"));
    m_stop->setToolTip(tr("Stop loading pages; the users loaded so far stay"));
    for (QPushButton *button : { m_clearFilters, m_loadAll, m_stop }) {
        button->setAutoDefault(false);
        button->setFlat(true);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clearFilters);
    layout->addWidget(m_loadAll);
    layout->addWidget(m_stop);
    // As high with its buttons hidden as shown: the table under it must not move.
    setMinimumHeight(m_loadAll->sizeHint().height());

    connect(m_clearFilters, &QPushButton::clicked, this, &UsersSummaryBar::clearFiltersRequested);
    connect(m_loadAll, &QPushButton::clicked, m_users, &UsersModel::loadAll);
    connect(m_stop, &QPushButton::clicked, m_users, &UsersModel::stopLoading);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &UsersSummaryBar::refresh);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &UsersSummaryBar::refresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersSummaryBar::refreshSoon);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersSummaryBar::refreshSoon);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersSummaryBar::refreshSoon);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsersSummaryBar::refreshSoon);
    connect(m_proxy, &UserFilterProxyModel::filterChanged, this, &UsersSummaryBar::refreshSoon);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &UsersSummaryBar::refreshSoon);
    connect(m_users, &UsersModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_ticker.start();
        else
            m_ticker.stop();
        refreshSoon();
    });
    connect(m_users, &UsersModel::pageLoaded, this, &UsersSummaryBar::refreshSoon);
    refresh();
}

QString UsersSummaryBar::text() const
{
    return m_text->fullText();
}

void UsersSummaryBar::refreshSoon()
{
    m_coalesce.start();
}

void UsersSummaryBar::refresh()
{
    const bool account = !m_users->accountId().isEmpty();
    const bool offline = m_users->isOffline();
    QStringList parts;
    if (account)
        parts.append(shownText());
    if (const int selected = SelectionCount::rows(m_selection->selection()); selected > 0)
        parts.append(tr("%Ln selected", nullptr, selected));
    if (account && m_users->isLoading())
        parts.append(loadingText());
    else if (account && !m_users->isComplete() && !offline && !m_users->hasLoadError())
        parts.append(tr("more on the server"));
    m_text->setFullText(parts.join(QStringLiteral("  ·  ")));
    m_text->setToolTip(m_text->fullText()); // the whole line, where the pane cuts it
    m_clearFilters->setVisible(m_proxy->isFiltering());
    m_loadAll->setVisible(account && !offline && !m_users->isComplete() && !m_users->isLoading());
    m_stop->setVisible(account && m_users->isLoading());
}

QString UsersSummaryBar::shownText() const
{
    const QLocale locale;
    const int loaded = m_users->rowCount();
    if (!m_proxy->isFiltering())
        return tr("%Ln user(s) loaded", nullptr, loaded);
    const int shown = m_proxy->rowCount();
    if (shown == 0)
        return noMatchText();
    return tr("%1 of %2 loaded users match").arg(locale.toString(shown), locale.toString(loaded));
}

QString UsersSummaryBar::noMatchText() const
{
    QStringList criteria;
    if (!m_proxy->searchText().isEmpty())
        criteria.append(tr("“%1” in name or email").arg(m_proxy->searchText()));
    if (!m_proxy->licenseFilter().isEmpty())
        criteria.append(tr("license %1").arg(DisplayNames::license(LicenseValue::fromWire(m_proxy->licenseFilter()))));
    if (!m_proxy->userTypeFilter().isEmpty())
        criteria.append(tr("user type %1")
                            .arg(DisplayNames::userType(UserTypeValue::fromWire(m_proxy->userTypeFilter()))));
    if (!m_proxy->registrationFilter().isEmpty())
        criteria.append(tr("registration %1")
                            .arg(DisplayNames::registrationStatus(
                                RegistrationStatusValue::fromWire(m_proxy->registrationFilter()))));
    if (m_users->rowCount() == 0)
        return tr("No users loaded yet");
    const QString none = tr("None of the %1 loaded users has %2").arg(QLocale().toString(m_users->rowCount()),
                                                                      QLocale().createSeparatedList(criteria));
    // The search found someone and a filter hid them: say so, or the admin thinks they are not there.
    const int found = criteria.size() > 1 && !m_proxy->searchText().isEmpty() ? m_proxy->searchOnlyMatchCount() : 0;
    if (found == 0)
        return none;
    return tr("%1; %Ln user(s) with “%2” in name or email left out by the other filters", nullptr, found)
        .arg(none, m_proxy->searchText());
}

QString UsersSummaryBar::loadingText() const
{
    const qint64 waited = m_users->pageWaitMs();
    if (waited < quietWaitMs)
        return tr("loading…");
    return tr("waiting %Ln s for the next page", nullptr, int(waited / 1000));
}

