#include "traintestsplit.h"

#include "legacyrandomstate.h"

#include <cmath>
#include <numeric>

namespace mlops::ml {

namespace {

// One side's size: a fraction in (0, 1) or a whole count; nullopt + error message otherwise.
Result<qint64> sideSize(const char *name, double size, qint64 n, bool ceilFraction)
{
    const QString label = QLatin1String(name);
    if (!std::isfinite(size) || size <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 must be a fraction in (0, 1) or a positive row count, not %2")
                                                      .arg(label, QString::number(size)));
    if (size < 1.0) {
        const double rows = size * double(n);
        return qint64(ceilFraction ? std::ceil(rows) : std::floor(rows));
    }
    if (size != std::floor(size))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 %2 is neither a fraction in (0, 1) nor a whole row count")
                                                      .arg(label, QString::number(size)));
    if (size > double(n))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 %2 exceeds the %3 rows of the data")
                                                      .arg(label, QString::number(size), QString::number(n)));
    return qint64(size);
}

}  // namespace

Result<Split> TrainTestSplit::split(qint64 rowCount, const SplitOptions &options)
{
    if (rowCount < 2)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a train/test split needs at least 2 rows, the data has %1")
                                                      .arg(rowCount));
    auto nTest = sideSize("test size", options.testSize, rowCount, true);
    if (!nTest.ok())
        return nTest.error();
    qint64 nTrain = rowCount - *nTest;
    if (options.trainSize) {
        auto train = sideSize("train size", *options.trainSize, rowCount, false);
        if (!train.ok())
            return train.error();
        nTrain = *train;
    }
    if (*nTest + nTrain > rowCount)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("train size %1 plus test size %2 exceed the %3 rows of the data")
                                                      .arg(nTrain).arg(*nTest).arg(rowCount));
    if (*nTest == 0 || nTrain == 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("with %1 rows, test size %2 leaves an empty %3 set")
                             .arg(QString::number(rowCount), QString::number(options.testSize),
                                  *nTest == 0 ? QStringLiteral("test") : QStringLiteral("train")));

    Split result;
    if (options.shuffle) {
        LegacyRandomState random(options.seed);
        const std::vector<qint64> permutation = random.permutation(rowCount);
        result.test.assign(permutation.begin(), permutation.begin() + *nTest);
        result.train.assign(permutation.begin() + *nTest, permutation.begin() + *nTest + nTrain);
    } else {
        result.train.resize(std::size_t(nTrain));
        std::iota(result.train.begin(), result.train.end(), qint64(0));
        result.test.resize(std::size_t(*nTest));
        std::iota(result.test.begin(), result.test.end(), nTrain);
    }
    return result;
}

Eigen::MatrixXd TrainTestSplit::takeRows(const Eigen::MatrixXd &matrix, const std::vector<qint64> &indices)
{
    return matrix(indices, Eigen::all);
}

Eigen::VectorXd TrainTestSplit::takeRows(const Eigen::VectorXd &vector, const std::vector<qint64> &indices)
{
    return vector(indices);
}

}  // namespace mlops::ml
