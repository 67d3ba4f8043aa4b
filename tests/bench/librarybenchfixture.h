#pragma once
// A workspace with many variable groups, made once per benchmark run and reused:
// groups are written with plain SQL in one transaction (making 10,000 groups through
// the service would only measure the setup, not what the figures are about).

#include <QString>

namespace mlops::bench {

// Returns the folder of a workspace holding `groups` groups of `variablesPerGroup`
// plain variables each (names grp-00000 …), creating it under the system temp folder
// when it does not exist yet. Aborts the process on failure.
QString libraryWorkspace(int groups, int variablesPerGroup);

}  // namespace mlops::bench
