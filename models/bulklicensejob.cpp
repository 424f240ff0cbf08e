#include "models/bulklicensejob.h"

#include "core/chimecall.h"
#include "core/chimeclient.h"

#include <QHash>

#include <memory>

BulkLicenseJob::BulkLicenseJob(ChimeClient *client, QString accountId,
                               const QList<Change> &changes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accountId(std::move(accountId))
{
    m_items.reserve(changes.size());
    for (const auto &[user, target] : changes) {
        m_items.append({ user.userId, user.displayName.value_or(user.userId), user.licenseType,
                         target, ItemState::Waiting, {}, {} });
    }
}

QList<BulkLicenseJob::Change> BulkLicenseJob::sameLicenseFor(const QList<User> &users,
                                                             const LicenseValue &target)
{
    QList<Change> changes;
    changes.reserve(users.size());
    for (const User &user : users)
        changes.append({ user, target });
    return changes;
}

BulkLicenseJob::~BulkLicenseJob()
{
    for (const QPointer<ChimeCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->abort();
    }
}

void BulkLicenseJob::start()
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].before == m_items[i].target)
            settle(i, ItemState::Unchanged, tr("Already holds this license."), {});
        else
            m_queue.append(i);
    }
    sendNextBatches();
    finishIfDone();
}

void BulkLicenseJob::cancel()
{
    m_cancelled = true;
    const QList<qsizetype> unsent = std::exchange(m_queue, {});
    for (const qsizetype position : unsent)
        settle(position, ItemState::Cancelled, tr("Not sent: cancelled."), {});
    finishIfDone();
}

int BulkLicenseJob::settledCount() const
{
    return m_settled;
}

int BulkLicenseJob::countIn(ItemState state) const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(),
                                          [state](const Item &item) { return item.state == state; }));
}

void BulkLicenseJob::sendNextBatches()
{
    while (!m_cancelled && !m_queue.isEmpty() && m_inFlight.size() < maxBatchesInFlight) {
        const QList<qsizetype> batch = m_queue.first(std::min<qsizetype>(batchSize, m_queue.size()));
        m_queue.remove(0, batch.size());
        sendBatch(batch);
    }
}

void BulkLicenseJob::sendBatch(const QList<qsizetype> &positions)
{
    BatchUpdateUserRequest request;
    request.accountId = m_accountId;
    for (const qsizetype position : positions)
        request.updates.append({ m_items[position].userId, m_items[position].target, {}, std::nullopt });

    // The callback runs while its call still exists: it takes the call out of m_inFlight
    // itself so the next batch can go.
    auto self = std::make_shared<QPointer<ChimeCall>>();
    *self = m_client->batchUpdateUser(
        request, this, [this, positions, self](const Outcome<BatchUpdateResult> &answer) {
            m_inFlight.removeOne(*self);
            if (!answer.isOk()) {
                for (const qsizetype position : positions)
                    settle(position, ItemState::Failed, answer.error().userMessage(),
                           answer.requestId());
            } else {
                QHash<QString, UserError> errors;
                for (const UserError &error : answer.value().userErrors)
                    errors.insert(error.userId, error);
                for (const qsizetype position : positions) {
                    const auto error = errors.constFind(m_items[position].userId);
                    if (error == errors.cend())
                        settle(position, ItemState::Applied, {}, answer.requestId());
                    else
                        settle(position, ItemState::Failed,
                               tr("%1: %2").arg(error->errorCode, error->errorMessage),
                               answer.requestId());
                }
            }
            sendNextBatches();
            finishIfDone();
        });
    m_inFlight.append(*self);
}

void BulkLicenseJob::settle(qsizetype position, ItemState state, const QString &message,
                            const QString &requestId)
{
    Item &item = m_items[position];
    // Counted as they settle: counting the items on every settle made a large job quadratic.
    if (item.state == ItemState::Waiting && state != ItemState::Waiting)
        ++m_settled;
    item.state = state;
    item.message = message;
    item.requestId = requestId;
    emit itemSettled(item);
    emit progressChanged(settledCount(), total());
}

void BulkLicenseJob::finishIfDone()
{
    if (m_finished || settledCount() < total())
        return;
    m_finished = true;
    emit finished();
}
