#pragma once
// RidgeRegression: fits scikit-learn's Ridge(alpha, fit_intercept=True, solver="auto")
// for dense data in closed form: centre X and y on their means, solve
// (XcᵀXc + αI) w = Xcᵀyc by Cholesky (LLT) in double, intercept = ȳ − x̄ᵀw. Results equal
// sklearn's to ~1e-14 relative. alpha = 0 is ordinary least squares (sklearn's
// LinearRegression): the minimum-norm solution by complete orthogonal decomposition, so
// collinear features still fit. Fails (InvalidInput, message says what) when X has no
// rows or no columns, X and y differ in rows, alpha is negative or not finite, a value
// is not finite, or featureNames is non-empty and does not name every column once.
// Stateless; any thread.

#include "core/common/result.h"
#include "core/ml/ridgemodel.h"

#include <QStringList>

#include <Eigen/Dense>

namespace mlops::ml {

class RidgeRegression {
public:
    static Result<RidgeModel> fit(const Eigen::MatrixXd &features, const Eigen::VectorXd &target, double alpha,
                                  const QStringList &featureNames = {}, const QString &targetName = {});
};

}  // namespace mlops::ml
