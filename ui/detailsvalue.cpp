#include "ui/detailsvalue.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QRegularExpression>

#include <algorithm>

DetailsValue::DetailsValue(QWidget *parent)
    : QLabel(parent)
{
    // Selectable from the keyboard too: Tab reaches each value, Ctrl+C copies it.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setWordWrap(true);
    // Names and ids come from the service: data, never markup.
    setTextFormat(Qt::PlainText);
}

namespace {

const QRegularExpression &spaces()
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return whitespace;
}

} // namespace

int DetailsValue::leastWidth() const
{
    int widestWord = 0;
    for (const QString &word : m_value.split(spaces(), Qt::SkipEmptyParts))
        widestWord = std::max(widestWord, fontMetrics().horizontalAdvance(word));
    const int margins = width() - contentsRect().width();
    return std::clamp(widestWord + margins, narrowestWidth,
                      std::max(narrowestWidth, fontMetrics().averageCharWidth() * longestWholeWord));
}

QSize DetailsValue::sizeHint() const
{
    return { leastWidth(), QLabel::sizeHint().height() };
}

QSize DetailsValue::minimumSizeHint() const
{
    return { leastWidth(), QLabel::minimumSizeHint().height() };
}

void DetailsValue::setValue(const QString &value)
{
    m_value = value;
    updateGeometry();
    showFitted();
}

void DetailsValue::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    showFitted();
}

void DetailsValue::showFitted()
{
    const int width = contentsRect().width();
    bool wraps = true;
    if (width > 0) {
        for (const QString &word : m_value.split(spaces(), Qt::SkipEmptyParts)) {
            if (fontMetrics().horizontalAdvance(word) > width) {
                wraps = false;
                break;
            }
        }
    }
    m_elided = !wraps;
    setText(wraps ? m_value : fontMetrics().elidedText(m_value, Qt::ElideMiddle, width));
    setToolTip(m_elided ? m_value : QString());
}

void DetailsValue::keyPressEvent(QKeyEvent *event)
{
    if (m_elided && event->matches(QKeySequence::Copy)) {
        copyValue();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

void DetailsValue::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_value.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy"), this, [this] {
        if (!m_elided && hasSelectedText())
            QApplication::clipboard()->setText(selectedText());
        else
            copyValue();
    });
    menu->popup(event->globalPos());
}

void DetailsValue::copyValue() const
{
    QApplication::clipboard()->setText(m_value);
}
