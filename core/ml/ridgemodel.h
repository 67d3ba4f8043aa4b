#pragma once
// RidgeModel: a fitted linear model ŷ = x·coefficients + intercept, with the names of
// its features in coefficient order (what RidgeRegression returns and ModelFile stores).
// Scoring: predict from a matrix (columns in feature order), from a Dataset (columns
// found by name) or from rows given as JSON objects keyed by feature name (the scoring
// contract of an endpoint). Every predict fails with InvalidInput (a message naming the
// row and feature) on a column-count mismatch, a missing feature or a value that is not a
// finite number; nothing partial is returned. Plain value; const methods are thread-safe.

#include "core/common/result.h"
#include "core/ml/dataset.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <Eigen/Dense>

namespace mlops::ml {

class RidgeModel {
public:
    QStringList featureNames;      // one per coefficient, unique
    Eigen::VectorXd coefficients;  // sklearn coef_
    double intercept = 0;          // sklearn intercept_
    double alpha = 0;              // the regularisation it was fitted with (0 = least squares)
    QString target;                // the predicted column's name (may be empty)

    Result<Eigen::VectorXd> predict(const Eigen::MatrixXd &features) const;
    Result<Eigen::VectorXd> predict(const Dataset &dataset) const;
    // rows[i][featureName] must be a JSON number; extra keys are ignored.
    Result<Eigen::VectorXd> predict(const QList<QJsonObject> &rows) const;
};

}  // namespace mlops::ml
