#include "store/hashset.h"

#include <QSet>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;

// The set the snapshot database counts distinct users with: a wrong answer would count a user
// twice, or one user for two.
class TstHashSet : public QObject
{
    Q_OBJECT

private slots:
    void insertSaysWhetherTheHashWasNew_data();
    void insertSaysWhetherTheHashWasNew();
    void manyHashesAgreeWithAReferenceSet();
};

void TstHashSet::insertSaysWhetherTheHashWasNew_data()
{
    QTest::addColumn<QList<size_t>>("hashes");
    QTest::addColumn<QList<bool>>("added");
    QTest::newRow("distinct") << QList<size_t> { 1, 2, 3 } << QList<bool> { true, true, true };
    QTest::newRow("again") << QList<size_t> { 7, 7, 8, 7 } << QList<bool> { true, false, true, false };
    QTest::newRow("zero is a hash too") << QList<size_t> { 0, 5, 0 } << QList<bool> { true, true, false };
    // Hashes that differ only above the bits a small table looks at collide in it.
    QTest::newRow("colliding") << QList<size_t> { 1ULL << 40, 2ULL << 40, 1ULL << 40 }
                               << QList<bool> { true, true, false };
}

void TstHashSet::insertSaysWhetherTheHashWasNew()
{
    QFETCH(QList<size_t>, hashes);
    QFETCH(QList<bool>, added);
    HashSet set;
    QSet<size_t> distinct;
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        QCOMPARE(set.insert(hashes.at(i)), added.at(i));
        distinct.insert(hashes.at(i));
        QVERIFY(set.contains(hashes.at(i)));
    }
    QCOMPARE(set.size(), distinct.size());
    set.clear();
    QCOMPARE(set.size(), 0);
    QVERIFY(!set.contains(hashes.first()));
}

void TstHashSet::manyHashesAgreeWithAReferenceSet()
{
    // Through several growths, with every third hash repeated and some absent ones asked for.
    std::mt19937_64 random(7);
    HashSet set;
    QSet<size_t> reference;
    QList<size_t> seen;
    for (int i = 0; i < 200000; ++i) {
        const size_t hash = i % 3 == 2 && !seen.isEmpty() ? seen.at(qsizetype(random() % size_t(seen.size())))
                                                          : size_t(random());
        const bool isNew = !reference.contains(hash);
        QCOMPARE(set.insert(hash), isNew);
        reference.insert(hash);
        seen.append(hash);
    }
    QCOMPARE(set.size(), reference.size());
    for (int i = 0; i < 1000; ++i) {
        const size_t hash = size_t(random());
        QCOMPARE(set.contains(hash), reference.contains(hash));
    }
}

QTEST_APPLESS_MAIN(TstHashSet)
#include "tst_hashset.moc"
