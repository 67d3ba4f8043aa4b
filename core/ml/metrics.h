#pragma once
// Metrics: regression metrics with scikit-learn's definitions (single output, no sample
// weights). Sums use numpy's pairwise summation so results match sklearn to the last
// bits where the inputs do.
//   MSE  = mean((y - ŷ)²)            RMSE = sqrt(MSE)
//   MAE  = mean(|y - ŷ|)             R²   = 1 - Σ(y - ŷ)² / Σ(y - ȳ)²
// R² when y is constant: 1 if the prediction is perfect, else 0 (sklearn's
// force_finite=True). Every function fails (InvalidInput) when the vectors are empty
// or differ in length; R² also needs at least 2 samples. Stateless; any thread.

#include "core/common/result.h"

#include <Eigen/Dense>

namespace mlops::ml {

struct RegressionMetrics {
    double mse = 0;
    double rmse = 0;
    double mae = 0;
    double r2 = 0;
};

class Metrics {
public:
    static Result<double> meanSquaredError(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    static Result<double> rootMeanSquaredError(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    static Result<double> meanAbsoluteError(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    static Result<double> r2Score(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);
    // All four at once.
    static Result<RegressionMetrics> regression(const Eigen::VectorXd &truth, const Eigen::VectorXd &predicted);

    // numpy's pairwise sum of a contiguous double array (what np.sum / np.mean do).
    static double pairwiseSum(const double *values, qint64 count);
};

}  // namespace mlops::ml
