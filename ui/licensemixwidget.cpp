#include "ui/licensemixwidget.h"

#include "core/chimeenums.h"
#include "models/displaynames.h"
#include "models/licensemix.h"

#include <QLocale>
#include <QPainter>

#include <array>

namespace {

constexpr std::array<QRgb, 6> barColors { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xb07aa1, 0x76b7b2,
                                          0xedc948 };
constexpr int barHeight = 14;

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
    const int lines = std::max<int>(1, static_cast<int>(m_mix->counts().size()));
    return { 220, barHeight + 6 + lines * (fontMetrics().height() + 2) };
}

void LicenseMixWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect bar(0, 0, width() - 1, barHeight);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar);
    const int total = m_mix->total();
    int x = 1;
    int y = barHeight + 6 + fontMetrics().ascent();
    for (qsizetype i = 0; i < m_mix->counts().size(); ++i) {
        const auto &[license, count] = m_mix->counts().at(i);
        const QColor color = QColor::fromRgb(barColors[static_cast<std::size_t>(i) % barColors.size()]);
        const int segment = total > 0 ? (bar.width() - 1) * count / total : 0;
        painter.fillRect(QRect(x, 1, segment, barHeight - 1), color);
        x += segment;
        painter.fillRect(QRect(0, y - fontMetrics().ascent() + 2, 10, 10), color);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString percent = total > 0 ? QLocale().toString(100.0 * count / total, 'f', 0)
                                          : QStringLiteral("0");
        painter.drawText(16, y,
                         tr("%1: %2 (%3%)")
                             .arg(DisplayNames::license(LicenseValue::fromWire(license)),
                                  QLocale().toString(count), percent));
        y += fontMetrics().height() + 2;
    }
}
