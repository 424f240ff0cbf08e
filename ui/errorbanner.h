#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal message across the top of the window: what failed, in words a person can act
// on, selectable and copyable (request ids go into support tickets), with an optional Retry.
class ErrorBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &text, bool offerRetry = false);
    QString text() const;

signals:
    void retryRequested();

private:
    // More than this is left to the tooltip and to Copy: the banner stays a few lines high.
    static constexpr qsizetype shownCharacters = 400;

    QString m_fullText;
    QLabel *m_text;
    QPushButton *m_retry;
};
