#include <QTest>

// Placeholder: being written.
class TstChimeresponseparser : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TstChimeresponseparser)
#include "tst_chimeresponseparser.moc"
