#include "ui/elidedlabel.h"

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget *parent)
    : QLabel(parent)
    , m_mode(mode)
{
    setTextFormat(Qt::PlainText); // what it shows is cut by characters: never markup
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    showFitted();
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    showFitted();
}

void ElidedLabel::showFitted()
{
    const int room = contentsRect().width() - 2 * margin() - (indent() > 0 ? indent() : 0);
    setText(fontMetrics().elidedText(m_fullText, m_mode, std::max(room, 0)));
}
