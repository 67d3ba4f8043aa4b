// Metrics: MSE, RMSE, MAE and R² against values worked out by hand with scikit-learn's
// definitions (including R² on a constant target), numpy's pairwise summation, and the
// input errors.
#include "core/ml/metrics.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace mlops;
using namespace mlops::ml;

namespace {

Eigen::VectorXd vec(std::initializer_list<double> values)
{
    Eigen::VectorXd v(Eigen::Index(values.size()));
    Eigen::Index i = 0;
    for (double value : values)
        v(i++) = value;
    return v;
}

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<Eigen::VectorXd>("truth");
        QTest::addColumn<Eigen::VectorXd>("predicted");
        QTest::addColumn<double>("mse");
        QTest::addColumn<double>("mae");
        QTest::addColumn<double>("r2");
        // The example of sklearn's documentation: MSE 0.375, MAE 0.5, R² 0.9486…
        QTest::newRow("sklearn example") << vec({3, -0.5, 2, 7}) << vec({2.5, 0.0, 2, 8}) << 0.375 << 0.5 << 1.0 - 1.5 / 29.1875;
        QTest::newRow("perfect") << vec({1, 2, 3}) << vec({1, 2, 3}) << 0.0 << 0.0 << 1.0;
        QTest::newRow("reversed: negative R²") << vec({1, 2, 3}) << vec({3, 2, 1}) << 8.0 / 3.0 << 4.0 / 3.0 << -3.0;
        QTest::newRow("constant truth, imperfect") << vec({2, 2, 2}) << vec({1, 2, 3}) << 2.0 / 3.0 << 2.0 / 3.0 << 0.0;
        QTest::newRow("constant truth, perfect") << vec({2, 2}) << vec({2, 2}) << 0.0 << 0.0 << 1.0;
        QTest::newRow("predicting the mean") << vec({1, 2, 3, 4}) << vec({2.5, 2.5, 2.5, 2.5}) << 1.25 << 1.0 << 0.0;
    }
    void table()
    {
        QFETCH(Eigen::VectorXd, truth);
        QFETCH(Eigen::VectorXd, predicted);
        QFETCH(double, mse);
        QFETCH(double, mae);
        QFETCH(double, r2);
        QCOMPARE(*Metrics::meanSquaredError(truth, predicted), mse);
        QCOMPARE(*Metrics::rootMeanSquaredError(truth, predicted), std::sqrt(mse));
        QCOMPARE(*Metrics::meanAbsoluteError(truth, predicted), mae);
        QCOMPARE(*Metrics::r2Score(truth, predicted), r2);
        auto all = Metrics::regression(truth, predicted);
        QVERIFY(all.ok());
        QCOMPARE(all->mse, mse);
        QCOMPARE(all->rmse, std::sqrt(mse));
        QCOMPARE(all->mae, mae);
        QCOMPARE(all->r2, r2);
    }

    void errors_data()
    {
        QTest::addColumn<Eigen::VectorXd>("truth");
        QTest::addColumn<Eigen::VectorXd>("predicted");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("onlyR2");
        QTest::newRow("lengths differ") << vec({1, 2}) << vec({1}) << QStringLiteral("2 true values but 1 predictions") << false;
        QTest::newRow("empty") << Eigen::VectorXd() << Eigen::VectorXd() << QStringLiteral("at least 1 sample(s), got 0") << false;
        QTest::newRow("R² of one sample") << vec({1}) << vec({1}) << QStringLiteral("at least 2 sample(s), got 1") << true;
    }
    void errors()
    {
        QFETCH(Eigen::VectorXd, truth);
        QFETCH(Eigen::VectorXd, predicted);
        QFETCH(QString, message);
        QFETCH(bool, onlyR2);
        auto r2 = Metrics::r2Score(truth, predicted);
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().code, ErrorCode::InvalidInput);
        if (onlyR2)
            QVERIFY2(r2.error().message.contains(message), qPrintable(r2.error().message));
        QVERIFY(!Metrics::regression(truth, predicted).ok());
        if (onlyR2) {
            QVERIFY(Metrics::meanSquaredError(truth, predicted).ok());
            return;
        }
        for (const Result<double> &r : {Metrics::meanSquaredError(truth, predicted), Metrics::rootMeanSquaredError(truth, predicted),
                                        Metrics::meanAbsoluteError(truth, predicted)}) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        }
    }

    void pairwiseSumIsExactOnIntegers_data()
    {
        QTest::addColumn<int>("count");
        for (int n : {0, 1, 7, 8, 9, 16, 127, 128, 129, 1000, 100003})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void pairwiseSumIsExactOnIntegers()
    {
        QFETCH(int, count);
        std::vector<double> values(static_cast<std::size_t>(count));
        double expected = 0;
        for (int i = 0; i < count; ++i) {
            values[std::size_t(i)] = double((i * 37) % 101 - 50);
            expected += values[std::size_t(i)];
        }
        QCOMPARE(Metrics::pairwiseSum(values.data(), count), expected);
    }

    void pairwiseSumAddsInNumpysOrder()
    {
        // numpy: np.sum(np.full(10, 0.1)) == 1.0, where a left-to-right sum gives 0.9999999999999999.
        const std::vector<double> tenths(10, 0.1);
        double naive = 0;
        for (double v : tenths)
            naive += v;
        QVERIFY(naive != 1.0);
        QCOMPARE(Metrics::pairwiseSum(tenths.data(), 10), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
