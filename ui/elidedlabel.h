#pragma once

#include <QLabel>

// A one-line label whose layout, not its text, sets its width (a status line, a summary): text
// that does not fit ends in "…" instead of being cut off mid-letter. The whole text is what
// fullText() gives; the tooltip is left to the owner, which knows what else to say in it.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(Qt::TextElideMode mode = Qt::ElideRight, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    const QString &fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showFitted();

    QString m_fullText;
    Qt::TextElideMode m_mode;
};
