#pragma once

#include <QLabel>

// A read-only value of a details pane. Text that wraps at spaces wraps; a word wider than the
// pane (an id, an email, an ARN) is elided in the middle instead of losing its end unseen, with the
// whole value in the tooltip, and Copy (Ctrl+C or the context menu) copies the whole value, not the
// part that is shown. Never for secrets: a value here is meant to be copied.
class DetailsValue : public QLabel
{
    Q_OBJECT

public:
    explicit DetailsValue(QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const { return m_value; }
    bool isElided() const { return m_elided; }

    // Narrow: the pane, not the value, sets the width, but wide enough for the value's widest
    // word up to 16 average characters (an id or an email is elided in the middle instead). A form
    // that wraps long rows puts the value under its label when label and this do not fit side by
    // side, so a word like "Registered" is never cut in a narrow pane or with a large font.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    static constexpr int narrowestWidth = 90;
    static constexpr int longestWholeWord = 16; // average characters

    int leastWidth() const;
    void showFitted();
    void copyValue() const;

    QString m_value;
    bool m_elided = false;
};
