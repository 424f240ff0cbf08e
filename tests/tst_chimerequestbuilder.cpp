#include <QTest>

// Placeholder: being written.
class TstChimerequestbuilder : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TstChimerequestbuilder)
#include "tst_chimerequestbuilder.moc"
