#include <QTest>

// Placeholder: being written.
class TstChimeendpoint : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TstChimeendpoint)
#include "tst_chimeendpoint.moc"
