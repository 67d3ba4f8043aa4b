#include "ridgemodel.h"

#include <QJsonValue>

#include <cmath>

namespace mlops::ml {

Result<Eigen::VectorXd> RidgeModel::predict(const Eigen::MatrixXd &features) const
{
    if (features.cols() != coefficients.size())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the model expects %1 features (%2), the input has %3 columns")
                                                      .arg(QString::number(coefficients.size()),
                                                           featureNames.join(QStringLiteral(", ")),
                                                           QString::number(features.cols())));
    for (Eigen::Index c = 0; c < features.cols(); ++c) {
        for (Eigen::Index r = 0; r < features.rows(); ++r) {
            if (!std::isfinite(features(r, c)))
                return makeError(ErrorCode::InvalidInput, QStringLiteral("row %1, feature \"%2\": %3 is not a finite number")
                                                              .arg(QString::number(r + 1),
                                                                   c < featureNames.size() ? featureNames.at(c) : QString::number(c + 1),
                                                                   QString::number(features(r, c))));
        }
    }
    Eigen::VectorXd result = features * coefficients;
    result.array() += intercept;
    return result;
}

Result<Eigen::VectorXd> RidgeModel::predict(const Dataset &dataset) const
{
    auto features = dataset.matrix(featureNames);
    if (!features.ok())
        return features.error();
    return predict(*features);
}

Result<Eigen::VectorXd> RidgeModel::predict(const QList<QJsonObject> &rows) const
{
    Eigen::MatrixXd features(rows.size(), featureNames.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject &row = rows.at(r);
        for (qsizetype c = 0; c < featureNames.size(); ++c) {
            const QJsonValue value = row.value(featureNames.at(c));
            if (value.isUndefined())
                return makeError(ErrorCode::InvalidInput, QStringLiteral("row %1: missing feature \"%2\"")
                                                              .arg(QString::number(r + 1), featureNames.at(c)));
            if (!value.isDouble())
                return makeError(ErrorCode::InvalidInput, QStringLiteral("row %1: feature \"%2\" is not a number")
                                                              .arg(QString::number(r + 1), featureNames.at(c)));
            features(r, c) = value.toDouble();
        }
    }
    return predict(features);
}

}  // namespace mlops::ml
