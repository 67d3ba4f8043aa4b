// RidgeRegression and RidgeModel: parity with scikit-learn's Ridge on the diabetes data
// (the split of train_test_split(test_size=0.2, random_state=0); alpha 0.4 and 0.5):
// every coefficient, the intercept, every test prediction and the test MSE within 1e-12
// relative. Then least squares (alpha 0), scoring from JSON rows, and the input errors.
#include "core/ml/csvreader.h"
#include "core/ml/metrics.h"
#include "core/ml/ridgeregression.h"
#include "core/ml/traintestsplit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstdlib>

using namespace mlops;
using namespace mlops::ml;

namespace {

constexpr double kTolerance = 1e-12;

QJsonObject golden()
{
    QFile file(QStringLiteral(MLOPS_TEST_DATA_DIR "/ridge_golden.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A golden number: from its exact hex spelling when there is one.
double number(const QJsonObject &section, const QString &key)
{
    const QJsonValue hex = section.value(key + QStringLiteral("_hex"));
    if (hex.isString())
        return std::strtod(hex.toString().toLatin1().constData(), nullptr);
    return section.value(key).toDouble();
}

double relativeError(double actual, double expected) { return std::abs(actual - expected) / std::abs(expected); }

struct Prepared {
    Eigen::MatrixXd trainX, testX;
    Eigen::VectorXd trainY, testY;
    QStringList features;
};

Prepared prepare()
{
    CsvReadOptions options;
    options.types = CsvReadOptions::Types::AllNumeric;
    auto dataset = CsvReader(options).readFile(QStringLiteral(MLOPS_SOURCE_DIR "/resources/sample/data/diabetes.csv"));
    Prepared p;
    if (!dataset.ok())
        return p;
    p.features = dataset->columnNames();
    p.features.removeAll(QStringLiteral("Y"));
    const Eigen::MatrixXd x = *dataset->matrix(p.features);
    const Eigen::VectorXd y = *dataset->vector(QStringLiteral("Y"));
    SplitOptions split;
    split.testSize = 0.2;
    split.seed = 0;
    const Split rows = *TrainTestSplit::split(dataset->rowCount(), split);
    p.trainX = TrainTestSplit::takeRows(x, rows.train);
    p.testX = TrainTestSplit::takeRows(x, rows.test);
    p.trainY = TrainTestSplit::takeRows(y, rows.train);
    p.testY = TrainTestSplit::takeRows(y, rows.test);
    return p;
}

}  // namespace

class TestRidgeRegression : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parityWithScikitLearn_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<double>("alpha");
        // Golden data parsed with strtod-exact numbers, as CsvReader parses them.
        QTest::newRow("alpha 0.4 (pipeline parameters.json)")
            << QStringLiteral("parameters_json_alpha, csv parsed correctly rounded (float_precision='round_trip', = strtod/from_chars)") << 0.4;
        // Golden data from pandas' default (not always correctly rounded) parser: still within 1e-12.
        QTest::newRow("alpha 0.4 (pandas default parser)") << QStringLiteral("parameters_json_alpha (train_aml.py, the pipeline)") << 0.4;
        QTest::newRow("alpha 0.5 (train.py main)") << QStringLiteral("train_py_local_main_alpha_0.5") << 0.5;
    }
    void parityWithScikitLearn()
    {
        QFETCH(QString, section);
        QFETCH(double, alpha);
        const QJsonObject expected = golden().value(section).toObject();
        QVERIFY2(!expected.isEmpty(), qPrintable(section));
        QCOMPARE(expected.value(QStringLiteral("alpha")).toDouble(), alpha);
        const Prepared data = prepare();
        QCOMPARE(data.trainX.rows(), 353);
        QCOMPARE(data.testX.rows(), 89);
        QStringList order;
        for (const QJsonValue &name : expected.value(QStringLiteral("feature_order")).toArray())
            order.append(name.toString());
        QCOMPARE(data.features, order);

        auto model = RidgeRegression::fit(data.trainX, data.trainY, alpha, data.features, QStringLiteral("Y"));
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().message));
        QCOMPARE(model->featureNames, data.features);
        QCOMPARE(model->alpha, alpha);

        double worstCoefficient = 0;
        const QJsonArray coefficients = expected.value(QStringLiteral("coef_hex")).toArray();
        QCOMPARE(coefficients.size(), qsizetype(10));
        for (qsizetype i = 0; i < coefficients.size(); ++i) {
            const double want = std::strtod(coefficients.at(i).toString().toLatin1().constData(), nullptr);
            const double error = relativeError(model->coefficients(i), want);
            worstCoefficient = std::max(worstCoefficient, error);
            QVERIFY2(error <= kTolerance, qPrintable(QStringLiteral("coefficient %1 (%2): %3 vs %4, relative error %5")
                                                         .arg(i).arg(order.at(i)).arg(model->coefficients(i), 0, 'g', 17)
                                                         .arg(want, 0, 'g', 17).arg(error)));
        }
        const double interceptError = relativeError(model->intercept, number(expected, QStringLiteral("intercept")));
        QVERIFY2(interceptError <= kTolerance, qPrintable(QString::number(interceptError)));

        auto predictions = model->predict(data.testX);
        QVERIFY(predictions.ok());
        const QJsonArray wanted = expected.value(QStringLiteral("test_predictions")).toArray();
        QCOMPARE(wanted.size(), qsizetype(89));
        double worstPrediction = 0;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const double error = relativeError((*predictions)(i), wanted.at(i).toDouble());
            worstPrediction = std::max(worstPrediction, error);
            QVERIFY2(error <= kTolerance, qPrintable(QStringLiteral("prediction %1: relative error %2").arg(i).arg(error)));
        }
        auto mse = Metrics::meanSquaredError(data.testY, *predictions);
        QVERIFY(mse.ok());
        const double mseError = relativeError(*mse, number(expected, QStringLiteral("test_mse")));
        QVERIFY2(mseError <= kTolerance, qPrintable(QString::number(mseError)));

        // score.py's input sample, as JSON rows keyed by feature name.
        QList<QJsonObject> rows{{}, {}};
        for (int f = 0; f < 10; ++f) {
            rows[0].insert(order.at(f), f + 1);
            rows[1].insert(order.at(f), 10 - f);
        }
        auto scored = model->predict(rows);
        QVERIFY(scored.ok());
        const QJsonArray sample = expected.value(QStringLiteral("score_py_input_sample_predictions")).toArray();
        double worstSample = 0;
        for (int r = 0; r < 2; ++r) {
            const double error = relativeError((*scored)(r), sample.at(r).toDouble());
            worstSample = std::max(worstSample, error);
            QVERIFY2(error <= kTolerance, qPrintable(QString::number(error)));
        }
        qInfo("max relative error: coefficients %.3g, intercept %.3g, predictions %.3g, test MSE %.3g, score sample %.3g",
              worstCoefficient, interceptError, worstPrediction, mseError, worstSample);
    }

    void leastSquaresSolvesTheNormalEquations()
    {
        const Prepared data = prepare();
        auto model = RidgeRegression::fit(data.trainX, data.trainY, 0.0, data.features);
        QVERIFY(model.ok());
        // The residual of the least-squares fit is orthogonal to every centred feature and sums to 0.
        const Eigen::VectorXd residual = data.trainY - *model->predict(data.trainX);
        const Eigen::MatrixXd centred = data.trainX.rowwise() - data.trainX.colwise().mean();
        const Eigen::VectorXd gradient = centred.transpose() * residual;
        const double scale = (centred.transpose() * data.trainY).norm();
        QVERIFY2(gradient.norm() <= 1e-12 * scale, qPrintable(QString::number(gradient.norm() / scale)));
        QVERIFY(std::abs(residual.sum()) <= 1e-9 * data.trainY.norm());
        // And it fits the training rows better than any ridge fit.
        auto ridge = RidgeRegression::fit(data.trainX, data.trainY, 0.4, data.features);
        QVERIFY(residual.squaredNorm() < (data.trainY - *ridge->predict(data.trainX)).squaredNorm());
    }

    void leastSquaresTakesTheMinimumNormOnCollinearFeatures()
    {
        Eigen::MatrixXd x(4, 2);
        x << 1, 1, 2, 2, 3, 3, 4, 4;
        const Eigen::VectorXd y = 2 * x.col(0).array() + 1;
        auto model = RidgeRegression::fit(x, y, 0.0);
        QVERIFY(model.ok());
        QVERIFY(std::abs(model->coefficients(0) - 1.0) < 1e-12);
        QVERIFY(std::abs(model->coefficients(1) - 1.0) < 1e-12);
        QVERIFY(std::abs(model->intercept - 1.0) < 1e-12);
        QCOMPARE(model->featureNames, (QStringList{QStringLiteral("x0"), QStringLiteral("x1")}));
    }

    void fitErrors_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("targetRows");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("poison");
        QTest::addColumn<QString>("message");
        QTest::newRow("no rows") << 0 << 2 << 0 << 1.0 << QStringList() << false << QStringLiteral("cannot fit a model to 0 rows");
        QTest::newRow("no features") << 3 << 0 << 3 << 1.0 << QStringList() << false << QStringLiteral("and 0 features");
        QTest::newRow("target length") << 3 << 2 << 2 << 1.0 << QStringList() << false
                                       << QStringLiteral("the features have 3 rows but the target has 2 values");
        QTest::newRow("negative alpha") << 3 << 2 << 3 << -1.0 << QStringList() << false << QStringLiteral("alpha must be a finite number >= 0");
        QTest::newRow("NaN alpha") << 3 << 2 << 3 << std::nan("") << QStringList() << false << QStringLiteral("alpha must be");
        QTest::newRow("name count") << 3 << 2 << 3 << 1.0 << QStringList{QStringLiteral("a")} << false
                                    << QStringLiteral("1 feature names for 2 feature columns");
        QTest::newRow("duplicate names") << 3 << 2 << 3 << 1.0 << QStringList{QStringLiteral("a"), QStringLiteral("a")} << false
                                         << QStringLiteral("not unique");
        QTest::newRow("NaN in data") << 3 << 2 << 3 << 1.0 << QStringList() << true << QStringLiteral("not a finite number");
    }
    void fitErrors()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(int, targetRows);
        QFETCH(double, alpha);
        QFETCH(QStringList, names);
        QFETCH(bool, poison);
        QFETCH(QString, message);
        Eigen::MatrixXd x = Eigen::MatrixXd::Random(rows, columns);
        if (poison)
            x(1, 1) = std::nan("");
        auto model = RidgeRegression::fit(x, Eigen::VectorXd::Ones(targetRows), alpha, names);
        QVERIFY(!model.ok());
        QCOMPARE(model.error().code, ErrorCode::InvalidInput);
        QVERIFY2(model.error().message.contains(message), qPrintable(model.error().message));
    }

    void predictErrors()
    {
        RidgeModel model;
        model.featureNames = {QStringLiteral("AGE"), QStringLiteral("BMI")};
        model.coefficients = Eigen::Vector2d(1.0, 2.0);
        model.intercept = 3;

        auto wrongWidth = model.predict(Eigen::MatrixXd::Ones(2, 3));
        QVERIFY(!wrongWidth.ok());
        QVERIFY2(wrongWidth.error().message.contains(QStringLiteral("expects 2 features (AGE, BMI), the input has 3 columns")),
                 qPrintable(wrongWidth.error().message));

        auto missing = model.predict(QList<QJsonObject>{{{QStringLiteral("AGE"), 1}, {QStringLiteral("BMI"), 2}},
                                                        {{QStringLiteral("AGE"), 1}}});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, QStringLiteral("row 2: missing feature \"BMI\""));

        auto text = model.predict(QList<QJsonObject>{{{QStringLiteral("AGE"), QStringLiteral("x")}, {QStringLiteral("BMI"), 2}}});
        QVERIFY(!text.ok());
        QCOMPARE(text.error().message, QStringLiteral("row 1: feature \"AGE\" is not a number"));

        Eigen::MatrixXd nan = Eigen::MatrixXd::Ones(2, 2);
        nan(1, 0) = std::nan("");
        auto notFinite = model.predict(nan);
        QVERIFY(!notFinite.ok());
        QVERIFY2(notFinite.error().message.startsWith(QStringLiteral("row 2, feature \"AGE\"")), qPrintable(notFinite.error().message));

        auto fine = model.predict(QList<QJsonObject>{{{QStringLiteral("BMI"), 2}, {QStringLiteral("AGE"), 1}, {QStringLiteral("extra"), 9}}});
        QVERIFY(fine.ok());
        QCOMPARE((*fine)(0), 8.0);

        Dataset dataset;
        QVERIFY(dataset.addNumericColumn(QStringLiteral("BMI"), {1.0}));
        auto noColumn = model.predict(dataset);
        QVERIFY(!noColumn.ok());
        QVERIFY2(noColumn.error().message.contains(QStringLiteral("no column named \"AGE\"")), qPrintable(noColumn.error().message));
        QVERIFY(dataset.addNumericColumn(QStringLiteral("AGE"), {2.0}));
        QCOMPARE((*model.predict(dataset))(0), 2.0 + 2.0 + 3.0);
    }
};

QTEST_GUILESS_MAIN(TestRidgeRegression)
#include "test_ridgeregression.moc"
