#include "ridgeregression.h"

#include "metrics.h"

#include <QSet>

#include <cmath>

namespace mlops::ml {

namespace {

Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

}  // namespace

Result<RidgeModel> RidgeRegression::fit(const Eigen::MatrixXd &features, const Eigen::VectorXd &target, double alpha,
                                        const QStringList &featureNames, const QString &targetName)
{
    const Eigen::Index rows = features.rows();
    const Eigen::Index columns = features.cols();
    if (rows == 0 || columns == 0)
        return invalid(QStringLiteral("cannot fit a model to %1 rows and %2 features").arg(rows).arg(columns));
    if (target.size() != rows)
        return invalid(QStringLiteral("the features have %1 rows but the target has %2 values").arg(rows).arg(target.size()));
    if (!std::isfinite(alpha) || alpha < 0)
        return invalid(QStringLiteral("alpha must be a finite number >= 0, not %1").arg(alpha));
    if (!featureNames.isEmpty()) {
        if (featureNames.size() != columns)
            return invalid(QStringLiteral("%1 feature names for %2 feature columns").arg(featureNames.size()).arg(columns));
        if (QSet<QString>(featureNames.cbegin(), featureNames.cend()).size() != featureNames.size())
            return invalid(QStringLiteral("the feature names are not unique: %1").arg(featureNames.join(QStringLiteral(", "))));
    }
    if (!features.allFinite() || !target.allFinite())
        return invalid(QStringLiteral("the training data holds a value that is not a finite number"));

    // Centre on the column means (numpy's pairwise mean, as sklearn's _preprocess_data).
    Eigen::VectorXd offsets(columns);
    for (Eigen::Index c = 0; c < columns; ++c)
        offsets(c) = Metrics::pairwiseSum(features.col(c).data(), rows) / double(rows);
    const double targetOffset = Metrics::pairwiseSum(target.data(), rows) / double(rows);
    const Eigen::MatrixXd centred = features.rowwise() - offsets.transpose();
    const Eigen::VectorXd centredTarget = target.array() - targetOffset;

    Eigen::VectorXd coefficients;
    if (alpha > 0) {
        Eigen::MatrixXd gram = centred.transpose() * centred;
        gram.diagonal().array() += alpha;
        const Eigen::VectorXd moment = centred.transpose() * centredTarget;
        Eigen::LLT<Eigen::MatrixXd> cholesky(gram);
        if (cholesky.info() != Eigen::Success)
            return invalid(QStringLiteral("the regularised normal equations are not positive definite (alpha %1)").arg(alpha));
        coefficients = cholesky.solve(moment);
    } else {
        coefficients = centred.completeOrthogonalDecomposition().solve(centredTarget);
    }
    if (!coefficients.allFinite())
        return invalid(QStringLiteral("the fit did not converge to finite coefficients (alpha %1)").arg(alpha));

    RidgeModel model;
    model.featureNames = featureNames;
    if (model.featureNames.isEmpty()) {
        for (Eigen::Index c = 0; c < columns; ++c)
            model.featureNames.append(QStringLiteral("x%1").arg(c));
    }
    model.coefficients = std::move(coefficients);
    model.intercept = targetOffset - offsets.dot(model.coefficients);
    model.alpha = alpha;
    model.target = targetName;
    return model;
}

}  // namespace mlops::ml
