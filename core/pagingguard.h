#pragma once

#include "core/chimeerror.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

// Stops a listing that would never end or that lies about its pages: a NextToken seen before
// (the service, or a proxy, would have the client ask forever), a page with more items than
// MaxResults asked for, or too many empty pages in a row that each carry a new token.
class PagingGuard
{
    Q_DECLARE_TR_FUNCTIONS(PagingGuard)

public:
    static constexpr int maxEmptyPagesInARow = 5;

    // From the first page again.
    void reset();
    // The error that stops the listing at this page, or nothing. `asked` is the MaxResults the
    // request sent (0: none).
    std::optional<ChimeError> check(const QString &operation, qsizetype items, int asked,
                                    const QString &nextToken);

private:
    QSet<QString> m_tokens;
    int m_emptyPages = 0;
};
