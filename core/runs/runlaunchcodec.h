#pragma once
// RunLaunchCodec: how RunStore keeps a run's RunLaunch without a column of its own: as the
// object under the reserved key "$launch" of the run's variables JSON (variables_json).
// "$" can start no variable name, so the key never meets a queued variable; readers of
// the store never see it (RunStore strips it into Run::launch). An empty launch is not
// written, so older runs and runs without launch facts look the same.
//
// Stateless; any thread. Unknown members inside "$launch" are ignored (a newer writer).

#include "runtypes.h"

#include <QJsonObject>

namespace mlops::runs {

class RunLaunchCodec {
public:
    static constexpr const char *kKey = "$launch";

    // `variables` with `launch` stored in it (unchanged when the launch is empty).
    static QJsonObject pack(QJsonObject variables, const RunLaunch &launch);
    // Takes the launch out of `variables` (removing the key); an empty launch when none.
    static RunLaunch unpack(QJsonObject &variables);
};

}  // namespace mlops::runs
