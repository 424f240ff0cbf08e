#include "ui/errorbanner.h"

#include "models/plaintooltip.h"
#include "ui/statuscolors.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    tint();

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("errorText"));
    // The service's words and names are data, never markup.
    m_text->setTextFormat(Qt::PlainText);
    // A long message wraps within the window and never widens it (one without spaces would):
    // what does not fit is in the tooltip, and Copy copies it whole.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setToolTip(tr("Copy the message, with its request id, to the clipboard"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(copy);
    layout->addWidget(close, 0, Qt::AlignTop);

    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_fullText); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    hide();
    if (parent)
        parent->installEventFilter(this);
}

bool ErrorBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void ErrorBanner::place()
{
    QWidget *under = parentWidget();
    if (!under)
        return;
    constexpr int margin = 8;
    const int width = std::max(0, under->width() - 2 * margin);
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(margin, std::max(0, under->height() - height - margin), width, height);
    raise();
}

void ErrorBanner::showError(const QString &text, bool offerRetry)
{
    m_fullText = text;
    m_text->setText(text.size() > shownCharacters ? text.left(shownCharacters) + QChar(0x2026) : text);
    m_text->setToolTip(plainToolTip(text));
    m_retry->setVisible(offerRetry);
    show();
    place();
}

QString ErrorBanner::text() const
{
    return isVisible() ? m_fullText : QString();
}

bool ErrorBanner::event(QEvent *event)
{
    const bool handled = QFrame::event(event);
    // A switch between light and dark themes: tinted again from the new palette. The tint's own
    // change comes back here as a PaletteChange and finds nothing to do.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        tint();
    return handled;
}

void ErrorBanner::tint()
{
    const QPalette from = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const QPalette tinted = StatusColors::banner(from);
    if (tinted.color(QPalette::Window) != palette().color(QPalette::Window)
        || tinted.color(QPalette::WindowText) != palette().color(QPalette::WindowText))
        setPalette(tinted);
}
