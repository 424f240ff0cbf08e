#pragma once

#include <QWidget>

class LicenseMix;

// A small stacked bar of how the loaded users' licenses are spread, with a legend.
class LicenseMixWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit LicenseMixWidget(LicenseMix *mix, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // As wide as the widest legend line: a license's name and count are never cut.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int legendIndent = 16; // the swatch and the space after it

    QString legendLine(qsizetype index, const QList<int> &percentages) const;
    int legendWidth() const;
    int neededHeight() const;
    // Painted text elided to the widget's width from x: a narrow pane cuts it visibly, not silently.
    QString fitted(const QString &text, int x) const;

    LicenseMix *m_mix;
};
