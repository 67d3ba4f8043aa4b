#include "metrics.h"

#include <cmath>

namespace mlops::ml {

namespace {

constexpr qint64 kBlock = 128;  // numpy's PW_BLOCKSIZE

Result<void> checkSizes(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted, qint64 minimum)
{
    if (truth.size() != predicted.size())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 true values but %2 predictions")
                                                      .arg(truth.size()).arg(predicted.size()));
    if (truth.size() < minimum)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a metric needs at least %1 sample(s), got %2")
                                                      .arg(minimum).arg(truth.size()));
    return {};
}

double sum(const Eigen::VectorXd &values) { return Metrics::pairwiseSum(values.data(), values.size()); }

}  // namespace

double Metrics::pairwiseSum(const double *values, qint64 count)
{
    if (count < 8) {
        double result = 0.;
        for (qint64 i = 0; i < count; ++i)
            result += values[i];
        return result;
    }
    if (count <= kBlock) {
        double r[8];
        for (int j = 0; j < 8; ++j)
            r[j] = values[j];
        qint64 i = 8;
        for (; i < count - (count % 8); i += 8) {
            for (int j = 0; j < 8; ++j)
                r[j] += values[i + j];
        }
        double result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < count; ++i)
            result += values[i];
        return result;
    }
    qint64 half = count / 2;
    half -= half % 8;
    return pairwiseSum(values, half) + pairwiseSum(values + half, count - half);
}

Result<double> Metrics::meanSquaredError(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    if (auto check = checkSizes(truth, predicted, 1); !check.ok())
        return check.error();
    const Eigen::VectorXd squared = (truth - predicted).array().square().matrix();
    return sum(squared) / double(truth.size());
}

Result<double> Metrics::rootMeanSquaredError(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    auto mse = meanSquaredError(truth, predicted);
    if (!mse.ok())
        return mse.error();
    return std::sqrt(*mse);
}

Result<double> Metrics::meanAbsoluteError(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    if (auto check = checkSizes(truth, predicted, 1); !check.ok())
        return check.error();
    const Eigen::VectorXd absolute = (predicted - truth).array().abs().matrix();
    return sum(absolute) / double(truth.size());
}

Result<double> Metrics::r2Score(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    if (auto check = checkSizes(truth, predicted, 2); !check.ok())
        return check.error();
    const Eigen::VectorXd residual = (truth - predicted).array().square().matrix();
    const double mean = sum(truth) / double(truth.size());
    const Eigen::VectorXd spread = (truth.array() - mean).square().matrix();
    const double numerator = sum(residual);
    const double denominator = sum(spread);
    if (denominator == 0.)
        return numerator == 0. ? 1. : 0.;
    return 1. - numerator / denominator;
}

Result<RegressionMetrics> Metrics::regression(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted)
{
    auto mse = meanSquaredError(truth, predicted);
    if (!mse.ok())
        return mse.error();
    auto r2 = r2Score(truth, predicted);
    if (!r2.ok())
        return r2.error();
    RegressionMetrics metrics;
    metrics.mse = *mse;
    metrics.rmse = std::sqrt(*mse);
    metrics.mae = *meanAbsoluteError(truth, predicted);
    metrics.r2 = *r2;
    return metrics;
}

}  // namespace mlops::ml
