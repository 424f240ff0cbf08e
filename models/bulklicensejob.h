#pragma once

#include "core/chimeerror.h"
#include "core/user.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ChimeCall;
class ChimeClient;

// Re-licenses many users of one account: users already holding their target are reported as
// unchanged without a request; the rest go out through BatchUpdateUser in chunks of 20 with a
// few requests in flight. Each user ends applied (the service accepted it), failed (with the
// service's message) or cancelled (never sent). Nothing is reported as applied that the
// service did not confirm.
class BulkLicenseJob final : public QObject
{
    Q_OBJECT

public:
    enum class ItemState { Waiting, Applied, Unchanged, Failed, Cancelled };
    Q_ENUM(ItemState)

    struct Item
    {
        QString userId;
        QString displayName;
        LicenseValue before;
        LicenseValue target;
        ItemState state = ItemState::Waiting;
        QString message;
        QString requestId;
    };

    // One user and the license it is to get; an undo gives every user its own.
    struct Change
    {
        User user;
        LicenseValue target;
    };

    static constexpr int batchSize = 20;
    static constexpr int maxBatchesInFlight = 4;

    BulkLicenseJob(ChimeClient *client, QString accountId, const QList<Change> &changes,
                   QObject *parent = nullptr);
    static QList<Change> sameLicenseFor(const QList<User> &users, const LicenseValue &target);
    ~BulkLicenseJob() override;

    void start();
    // Sends nothing more; batches already sent still report what the service did.
    void cancel();

    const QString &accountId() const { return m_accountId; }
    const QList<Item> &items() const { return m_items; }
    int total() const { return static_cast<int>(m_items.size()); }
    int settledCount() const;
    int countIn(ItemState state) const;
    bool isFinished() const { return m_finished; }

signals:
    void progressChanged(int settled, int total);
    void itemSettled(const BulkLicenseJob::Item &item);
    void finished();

private:
    void sendNextBatches();
    void sendBatch(const QList<qsizetype> &positions);
    void settle(qsizetype position, ItemState state, const QString &message,
                const QString &requestId);
    void finishIfDone();

    ChimeClient *m_client;
    QString m_accountId;
    QList<Item> m_items;
    QList<qsizetype> m_queue; // positions still to send
    QList<QPointer<ChimeCall>> m_inFlight;
    int m_settled = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};
