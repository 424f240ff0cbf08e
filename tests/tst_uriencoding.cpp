#include <QTest>

// Placeholder: being written.
class TstUriencoding : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TstUriencoding)
#include "tst_uriencoding.moc"
