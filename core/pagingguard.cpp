#include "core/pagingguard.h"

void PagingGuard::reset()
{
    m_tokens.clear();
    m_emptyPages = 0;
}

std::optional<ChimeError> PagingGuard::check(const QString &operation, qsizetype items, int asked,
                                             const QString &nextToken)
{
    if (asked > 0 && items > asked) {
        return ChimeError(ChimeError::Kind::UnreadableResponse, operation,
                          tr("The service sent %1 items in a page of at most %2; the listing was "
                             "stopped.")
                              .arg(items)
                              .arg(asked));
    }
    m_emptyPages = items == 0 && !nextToken.isEmpty() ? m_emptyPages + 1 : 0;
    if (m_emptyPages > maxEmptyPagesInARow) {
        return ChimeError(ChimeError::Kind::UnreadableResponse, operation,
                          tr("The service sent %1 empty pages in a row, each saying more would "
                             "follow; the listing was stopped.")
                              .arg(m_emptyPages));
    }
    if (nextToken.isEmpty())
        return std::nullopt;
    if (m_tokens.contains(nextToken)) {
        return ChimeError(ChimeError::Kind::UnreadableResponse, operation,
                          tr("The service sent a page token it had sent before, so the listing "
                             "would never end; it was stopped."));
    }
    m_tokens.insert(nextToken);
    return std::nullopt;
}
