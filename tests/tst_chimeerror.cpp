#include <QTest>

// Placeholder: being written.
class TstChimeerror : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TstChimeerror)
#include "tst_chimeerror.moc"
