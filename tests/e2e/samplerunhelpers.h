#pragma once
// Run helpers shared by the end-to-end tests of the sample pipelines (test_sample_ci,
// test_sample_cd): reading the run number `pipeline run` printed, `run show` as JSON, and
// waiting until every run of the workspace has completed. All go through a CliRunner.

#include "clirunner.h"

#include <QJsonObject>

// The run number that `pipeline run --follow` printed ("Run N of … queued."); 0 when none.
int queuedRun(const CliResult &result);

// `run show ID -o json` as an object; empty when the output is not a JSON object.
QJsonObject showRun(const CliRunner &cli, int id);

// Waits (up to two minutes) until no run of the workspace is pending or in progress, so
// that the runs a CI triggered do not outlive the test's folder. False on time-out.
bool allRunsCompleted(const CliRunner &cli);
