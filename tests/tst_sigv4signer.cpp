#include <QTest>

// Placeholder: being written.
class TstSigv4signer : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TstSigv4signer)
#include "tst_sigv4signer.moc"
