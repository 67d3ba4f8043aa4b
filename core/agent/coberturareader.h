#pragma once
// CoberturaReader: reads the summary of a Cobertura XML coverage report (the format of
// coverage.py, gcovr, cobertura-maven, coverlet …) for PublishCodeCoverageResults@1.
//
//   <coverage line-rate lines-covered lines-valid branch-rate branches-covered branches-valid>
//     <packages><package name><classes><class name filename>
//       <lines><line number hits [branch="true" condition-coverage="50% (1/2)"]/>…
//
// Per class: lines = its <lines><line> (not the copies under <methods>), covered when
// hits > 0; branches from condition-coverage "(covered/valid)". A package's counts are
// the sum of its classes'. The report's totals are the root's lines-/branches- attributes
// when present (they are authoritative), else the sums over the classes; its rates are
// the root's line-rate/branch-rate when present, else computed from the totals.
//
// Failure: error (with 1-based line and column) for malformed XML, a root element other
// than <coverage>, an empty file, or a count/rate attribute that is not a number.
// Pure; any thread.

#include "core/runs/runtypes.h"

#include <QByteArray>
#include <QString>

namespace mlops::agent {

struct CoberturaParseResult {
    runs::CoverageReport report;  // tool "Cobertura"; summaryFile and ids are left empty
    QString error;                // empty when the file was read
    int line = 0;
    int column = 0;
};

class CoberturaReader {
public:
    static CoberturaParseResult parse(const QByteArray &xml);
};

}  // namespace mlops::agent
