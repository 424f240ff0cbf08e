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
    // A line a license, and one more saying the counts are partial while they are.
    const int lines = std::max<int>(1, static_cast<int>(m_mix->counts().size())) + 1;
    return { 220, barHeight + 6 + lines * (fontMetrics().height() + 2) };
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
        painter.fillRect(QRect(0, y - fontMetrics().ascent() + 2, 10, 10), color);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(16, y, fitted(tr("%1: %2 (%3%)")
                                           .arg(DisplayNames::license(LicenseValue::fromWire(license)),
                                                QLocale().toString(count),
                                                QLocale().toString(percentages.at(i))),
                                       16));
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
