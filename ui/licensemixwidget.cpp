#include "ui/licensemixwidget.h"

#include "core/chimeenums.h"
#include "models/displaynames.h"
#include "models/licensemix.h"

#include <QLocale>
#include <QPainter>


namespace {

constexpr int barHeight = 14;

// One colour per license, the same in every account.
QColor colorOf(const QString &license)
{
    switch (LicenseValue::fromWire(license).value()) {
    case License::Basic:
        return QColor::fromRgb(0x4e79a7);
    case License::Plus:
        return QColor::fromRgb(0xf28e2b);
    case License::Pro:
        return QColor::fromRgb(0x59a14f);
    case License::ProTrial:
        return QColor::fromRgb(0xb07aa1);
    case License::Unknown:
        break;
    }
    return QColor::fromRgb(0x76b7b2);
}

} // namespace

LicenseMixWidget::LicenseMixWidget(LicenseMix *mix, QWidget *parent)
    : QWidget(parent)
    , m_mix(mix)
{
    connect(mix, &LicenseMix::changed, this, [this] {
        updateGeometry(); // the legend grows with the licenses seen
        update();
    });
    setToolTip(tr("Licenses of the users loaded so far"));
}

QSize LicenseMixWidget::sizeHint() const
{
    return { std::max(220, legendWidth()), neededHeight() };
}

QSize LicenseMixWidget::minimumSizeHint() const
{
    return { std::max(120, legendWidth()), neededHeight() };
}

int LicenseMixWidget::legendWidth() const
{
    // The line saying the counts are partial is not counted: it only qualifies them, and is elided.
    const QList<int> percentages = m_mix->percentages();
    int widest = 0;
    for (qsizetype i = 0; i < m_mix->counts().size(); ++i)
        widest = std::max(widest, legendIndent + fontMetrics().horizontalAdvance(legendLine(i, percentages)));
    return widest;
}

int LicenseMixWidget::neededHeight() const
{
    // A line a license, and one more saying the counts are partial while they are.
    const int lines = std::max<int>(1, static_cast<int>(m_mix->counts().size())) + 1;
    return barHeight + 6 + lines * (fontMetrics().height() + 2);
}

QString LicenseMixWidget::legendLine(qsizetype index, const QList<int> &percentages) const
{
    const auto &[license, count] = m_mix->counts().at(index);
    return tr("%1: %2 (%3%)").arg(DisplayNames::license(LicenseValue::fromWire(license)),
                                  QLocale().toString(count), QLocale().toString(percentages.at(index)));
}

void LicenseMixWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect bar(0, 0, width() - 1, barHeight);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar);
    const int total = m_mix->total();
    const QList<int> percentages = m_mix->percentages();
    int x = 1;
    int y = barHeight + 6 + fontMetrics().ascent();
    for (qsizetype i = 0; i < m_mix->counts().size(); ++i) {
        const auto &[license, count] = m_mix->counts().at(i);
        const QColor color = colorOf(license);
        const int segment = total > 0 ? (bar.width() - 1) * count / total : 0;
        painter.fillRect(QRect(x, 1, segment, barHeight - 1), color);
        x += segment;
        // Framed in the text colour: the swatch reads on a light and a dark window alike, whatever
        // the contrast of its own colour with the window.
        const QRect swatch(0, y - fontMetrics().ascent() + 2, 10, 10);
        painter.fillRect(swatch, color);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        painter.drawText(legendIndent, y, fitted(legendLine(i, percentages), legendIndent));
        y += fontMetrics().height() + 2;
    }
    if (!m_mix->isComplete()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(0, y, fitted(tr("Of the %Ln user(s) loaded so far", nullptr, total), 0));
    }
}

QString LicenseMixWidget::fitted(const QString &text, int x) const
{
    return fontMetrics().elidedText(text, Qt::ElideRight, width() - x);
}
