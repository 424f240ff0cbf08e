#pragma once

#include "core/outcome.h"
#include "core/user.h"
#include "models/change.h"
#include "models/commandcontext.h"
#include "models/importplan.h"

#include <QHash>
#include <QObject>

#include <functional>

class ChimeClient;

// Plans an imported CSV file (a column `email` or `user_id`, and any of `license`,
// `user_type`, `suspended`, `inbound_calling`, `outbound_calling`, `sms`) for one account:
// matches each row to its user — among the users already listed, else by asking the service
// (ListUsers user-email, GetUser) — reads what the user holds of each column where the listing
// does not say (telephony), and plans per row the changes, the rows that change nothing and the
// rows that cannot apply, with why. Sends no change: changesOf() turns the plan into the changes
// the engine runs.
class ImportPlanner final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxRows = 20000;
    static constexpr int lookupsAtOnce = 4;

    // `listed`: users the live listing confirmed (never a snapshot's rows).
    ImportPlanner(ChimeClient *client, CommandContext context, const QList<User> &listed,
                  QObject *parent = nullptr);

    void start(const QByteArray &csv);
    const ImportPlan &plan() const { return m_plan; }

    // One change per act (and a suspension apart from an unsuspension), for the rows that change.
    static QList<Change> changesOf(const ImportPlan &plan, const CommandContext &context);

signals:
    void progressed(int rowsPlanned, int rows);
    void planned(const ImportPlan &plan);

private:
    // A row still to be matched to its user.
    struct Pending
    {
        qsizetype row = 0; // in m_plan.rows
        QHash<int, QString> values; // by column kind: a wire value, or "true"/"false" for telephony
        bool needsTelephony = false;
    };

    bool readHeader(const QStringList &header);
    void readRow(const QStringList &cells, int line);
    void lookUpNext();
    void resolve(qsizetype index, const Outcome<User> &user);
    void readTelephony(qsizetype index, const User &user);
    void finishRow(qsizetype index, const User &user, const QString &telephony);
    void settle();
    void refuseDuplicates();

    ChimeClient *m_client;
    CommandContext m_context;
    QHash<QString, User> m_byId;
    QHash<QString, QString> m_idByEmail; // NewUserAct::keyOf(email) → id
    QList<int> m_columnOf; // per header cell: which column kind, or -1
    int m_keyCell = -1;
    bool m_keyIsEmail = true;
    ImportPlan m_plan;
    QList<Pending> m_pending; // rows still to match, by plan row
    qsizetype m_nextLookup = 0;
    int m_inFlight = 0;
    int m_settled = 0;
};
