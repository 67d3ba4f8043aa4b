#pragma once
// TrainTestSplit: the row split of scikit-learn's
// `train_test_split(..., test_size=, train_size=, random_state=<int>, shuffle=)`, index for
// index. With shuffle, the rows are `numpy.random.RandomState(seed).permutation(n)`
// (see LegacyRandomState) and, as ShuffleSplit does, test = perm[:nTest] and
// train = perm[nTest:nTest+nTrain]; without shuffle, train = 0..nTrain-1 and
// test = nTrain..nTrain+nTest-1. Sizes follow sklearn: a fractional test size gives
// nTest = ceil(testSize·n), a fractional train size nTrain = floor(trainSize·n); a missing
// side is the rest. Stateless; any thread.

#include "core/common/result.h"

#include <QtGlobal>

#include <Eigen/Dense>

#include <optional>
#include <vector>

namespace mlops::ml {

struct SplitOptions {
    // A fraction in (0, 1) or, when >= 1, an absolute row count (sklearn: float vs int).
    double testSize = 0.25;
    std::optional<double> trainSize;  // same convention; unset = all rows not in test
    quint32 seed = 0;                 // sklearn's integer random_state
    bool shuffle = true;
};

struct Split {
    std::vector<qint64> train;  // row indices in the order sklearn returns X_train
    std::vector<qint64> test;   // row indices in the order sklearn returns X_test
};

class TrainTestSplit {
public:
    // Fails (InvalidInput, with a message naming the bad parameter) when a size is
    // negative, a fraction is not in (0, 1), an absolute size is not whole or exceeds n,
    // train + test exceed n, or a side would be empty.
    static Result<Split> split(qint64 rowCount, const SplitOptions &options);

    // The rows of `matrix` / `vector` at `indices`, in that order (indices must be valid).
    static Eigen::MatrixXd takeRows(const Eigen::MatrixXd &matrix, const std::vector<qint64> &indices);
    static Eigen::VectorXd takeRows(const Eigen::VectorXd &vector, const std::vector<qint64> &indices);
};

}  // namespace mlops::ml
