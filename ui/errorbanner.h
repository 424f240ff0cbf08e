#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal message over the bottom of its parent: what failed, in words a person can act
// on, selectable and copyable (request ids go into support tickets), with an optional Retry.
// It floats over what is there rather than pushing it aside: a banner that moved the rows would
// put the next click on the wrong user.
class ErrorBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &text, bool offerRetry = false);
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

signals:
    void retryRequested();

private:
    void place();
    void tint();

    // More than this is left to the tooltip and to Copy: the banner stays a few lines high.
    static constexpr qsizetype shownCharacters = 400;

    QString m_fullText;
    QLabel *m_text;
    QPushButton *m_retry;
};
