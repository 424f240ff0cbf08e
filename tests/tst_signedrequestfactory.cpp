#include <QTest>

// Placeholder: being written.
class TstSignedrequestfactory : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TstSignedrequestfactory)
#include "tst_signedrequestfactory.moc"
