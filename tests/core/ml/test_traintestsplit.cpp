// TrainTestSplit and LegacyRandomState: the diabetes split equals scikit-learn's
// train_test_split(test_size=0.2, random_state=0) index for index; MT19937 equals the
// reference generator; sizes and parameter errors follow sklearn.
#include "core/ml/legacyrandomstate.h"
#include "core/ml/traintestsplit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <random>

using namespace mlops;
using namespace mlops::ml;

namespace {

std::vector<qint64> toIndices(const QJsonArray &array)
{
    std::vector<qint64> result;
    for (const QJsonValue &value : array)
        result.push_back(qint64(value.toInteger(-1)));
    return result;
}

}  // namespace

class TestTrainTestSplit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mersenneTwisterMatchesReference_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("0") << 0U;
        QTest::newRow("42") << 42U;
        QTest::newRow("5489 (reference default)") << 5489U;
        QTest::newRow("max") << 0xffffffffU;
    }
    void mersenneTwisterMatchesReference()
    {
        QFETCH(quint32, seed);
        // std::mt19937(seed) is MT19937 with init_genrand, the same as numpy's int seeding.
        std::mt19937 reference(seed);
        LegacyRandomState random(seed);
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(random.nextUInt32(), quint32(reference()));
    }

    void tenThousandthOutput()
    {
        // The C++ standard fixes the 10000th output of the default-seeded MT19937.
        LegacyRandomState random(5489U);
        quint32 value = 0;
        for (int i = 0; i < 10000; ++i)
            value = random.nextUInt32();
        QCOMPARE(value, 4123659995U);
    }

    void randomIntervalStaysInRange()
    {
        LegacyRandomState random(7);
        for (quint64 max : {quint64(0), quint64(1), quint64(5), quint64(255), quint64(256), quint64(0xffffffffULL),
                            quint64(0x1ffffffffULL)}) {
            for (int i = 0; i < 200; ++i)
                QVERIFY(random.randomInterval(max) <= max);
        }
    }

    void permutationIsAPermutation()
    {
        LegacyRandomState random(3);
        std::vector<qint64> values = random.permutation(1000);
        std::sort(values.begin(), values.end());
        for (qint64 i = 0; i < 1000; ++i)
            QCOMPARE(values[std::size_t(i)], i);
        QVERIFY(LegacyRandomState(3).permutation(0).empty());
        QCOMPARE(LegacyRandomState(3).permutation(1), std::vector<qint64>{0});
    }

    void diabetesSplitEqualsScikitLearn()
    {
        QFile file(QStringLiteral(MLOPS_TEST_DATA_DIR "/diabetes_split.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject golden = QJsonDocument::fromJson(file.readAll()).object();
        const qint64 rows = golden.value(QStringLiteral("n_rows")).toInteger();
        QCOMPARE(rows, 442);

        SplitOptions options;
        options.testSize = 0.2;
        options.seed = 0;
        auto split = TrainTestSplit::split(rows, options);
        QVERIFY2(split.ok(), qPrintable(split.ok() ? QString() : split.error().message));
        const std::vector<qint64> train = toIndices(golden.value(QStringLiteral("train")).toArray());
        const std::vector<qint64> test = toIndices(golden.value(QStringLiteral("test")).toArray());
        QCOMPARE(split->train.size(), std::size_t(353));
        QCOMPARE(split->test.size(), std::size_t(89));
        QCOMPARE(split->train, train);
        QCOMPARE(split->test, test);
    }

    void sizes_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<double>("testSize");
        QTest::addColumn<double>("trainSize");  // < 0: unset
        QTest::addColumn<int>("expectedTrain");
        QTest::addColumn<int>("expectedTest");
        QTest::newRow("0.2 of 442 (ceil)") << qint64(442) << 0.2 << -1.0 << 353 << 89;
        QTest::newRow("0.25 of 10") << qint64(10) << 0.25 << -1.0 << 7 << 3;
        QTest::newRow("absolute 3 of 10") << qint64(10) << 3.0 << -1.0 << 7 << 3;
        QTest::newRow("train fraction floors") << qint64(10) << 0.25 << 0.5 << 5 << 3;
        QTest::newRow("absolute train") << qint64(10) << 2.0 << 4.0 << 4 << 2;
    }
    void sizes()
    {
        QFETCH(qint64, rows);
        QFETCH(double, testSize);
        QFETCH(double, trainSize);
        QFETCH(int, expectedTrain);
        QFETCH(int, expectedTest);
        SplitOptions options;
        options.testSize = testSize;
        if (trainSize >= 0)
            options.trainSize = trainSize;
        auto split = TrainTestSplit::split(rows, options);
        QVERIFY2(split.ok(), qPrintable(split.ok() ? QString() : split.error().message));
        QCOMPARE(qsizetype(split->train.size()), qsizetype(expectedTrain));
        QCOMPARE(qsizetype(split->test.size()), qsizetype(expectedTest));
        std::vector<qint64> all = split->train;
        all.insert(all.end(), split->test.begin(), split->test.end());
        std::sort(all.begin(), all.end());
        QVERIFY(std::adjacent_find(all.begin(), all.end()) == all.end());
    }

    void withoutShuffleKeepsOrder()
    {
        SplitOptions options;
        options.testSize = 0.3;
        options.shuffle = false;
        auto split = TrainTestSplit::split(10, options);
        QVERIFY(split.ok());
        QCOMPARE(split->train, (std::vector<qint64>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(split->test, (std::vector<qint64>{7, 8, 9}));
    }

    void takeRowsFollowsIndices()
    {
        Eigen::MatrixXd m(3, 2);
        m << 1, 2, 3, 4, 5, 6;
        const Eigen::MatrixXd taken = TrainTestSplit::takeRows(m, {2, 0});
        QCOMPARE(taken.rows(), 2);
        QCOMPARE(taken(0, 0), 5.0);
        QCOMPARE(taken(1, 1), 2.0);
        const Eigen::VectorXd v = TrainTestSplit::takeRows(Eigen::VectorXd(m.col(1)), {1});
        QCOMPARE(v.size(), 1);
        QCOMPARE(v(0), 4.0);
    }

    void badParameters_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<double>("testSize");
        QTest::addColumn<double>("trainSize");
        QTest::addColumn<QString>("message");
        QTest::newRow("one row") << qint64(1) << 0.2 << -1.0 << QStringLiteral("at least 2 rows");
        QTest::newRow("zero test size") << qint64(10) << 0.0 << -1.0 << QStringLiteral("test size must be");
        QTest::newRow("negative") << qint64(10) << -0.5 << -1.0 << QStringLiteral("test size must be");
        QTest::newRow("not whole") << qint64(10) << 2.5 << -1.0 << QStringLiteral("test size 2.5 is neither");
        QTest::newRow("too many") << qint64(10) << 11.0 << -1.0 << QStringLiteral("test size 11 exceeds the 10 rows");
        QTest::newRow("all rows") << qint64(10) << 10.0 << -1.0 << QStringLiteral("empty train set");
        QTest::newRow("sum too big") << qint64(10) << 0.5 << 0.6 << QStringLiteral("exceed the 10 rows");
        QTest::newRow("train fraction floors to 0") << qint64(3) << 0.5 << 0.1 << QStringLiteral("empty train set");
    }
    void badParameters()
    {
        QFETCH(qint64, rows);
        QFETCH(double, testSize);
        QFETCH(double, trainSize);
        QFETCH(QString, message);
        SplitOptions options;
        options.testSize = testSize;
        if (trainSize >= 0)
            options.trainSize = trainSize;
        auto split = TrainTestSplit::split(rows, options);
        QVERIFY(!split.ok());
        QCOMPARE(split.error().code, ErrorCode::InvalidInput);
        QVERIFY2(split.error().message.contains(message), qPrintable(split.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTrainTestSplit)
#include "test_traintestsplit.moc"
