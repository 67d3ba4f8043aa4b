#include "runtypes.h"

#include <array>
#include <utility>

namespace mlops::runs {

namespace {

template <typename E, std::size_t N>
std::optional<E> parse(const std::array<std::pair<E, const char *>, N> &table, const QString &text)
{
    for (const auto &[value, word] : table) {
        if (text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString name(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, word] : table) {
        if (v == value)
            return QString::fromLatin1(word);
    }
    return {};
}

constexpr std::array<std::pair<RunState, const char *>, 3> kStates{{
    {RunState::Pending, "pending"}, {RunState::InProgress, "inProgress"}, {RunState::Completed, "completed"}}};
constexpr std::array<std::pair<RunResult, const char *>, 6> kResults{{{RunResult::Succeeded, "succeeded"},
                                                                      {RunResult::SucceededWithIssues, "succeededWithIssues"},
                                                                      {RunResult::Failed, "failed"},
                                                                      {RunResult::Canceled, "canceled"},
                                                                      {RunResult::Skipped, "skipped"},
                                                                      {RunResult::Abandoned, "abandoned"}}};
constexpr std::array<std::pair<RecordType, const char *>, 3> kTypes{
    {{RecordType::Stage, "stage"}, {RecordType::Job, "job"}, {RecordType::Step, "step"}}};
constexpr std::array<std::pair<TestOutcome, const char *>, 3> kOutcomes{
    {{TestOutcome::Passed, "passed"}, {TestOutcome::Failed, "failed"}, {TestOutcome::Skipped, "skipped"}}};
constexpr std::array<std::pair<IssueType, const char *>, 2> kIssueTypes{
    {{IssueType::Error, "error"}, {IssueType::Warning, "warning"}}};

}  // namespace

QString wireName(RunState state) { return name(kStates, state); }
QString wireName(RunResult result) { return name(kResults, result); }
QString wireName(RecordType type) { return name(kTypes, type); }
QString wireName(TestOutcome outcome) { return name(kOutcomes, outcome); }
QString wireName(IssueType type) { return name(kIssueTypes, type); }
std::optional<RunState> runStateFromString(const QString &text) { return parse(kStates, text); }
std::optional<RunResult> runResultFromString(const QString &text) { return parse(kResults, text); }
std::optional<RecordType> recordTypeFromString(const QString &text) { return parse(kTypes, text); }
std::optional<TestOutcome> testOutcomeFromString(const QString &text) { return parse(kOutcomes, text); }
std::optional<IssueType> issueTypeFromString(const QString &text) { return parse(kIssueTypes, text); }

std::optional<double> CoverageCounts::lineRate() const
{
    return linesValid > 0 ? std::optional<double>(double(linesCovered) / double(linesValid)) : std::nullopt;
}

std::optional<double> CoverageCounts::branchRate() const
{
    return branchesValid > 0 ? std::optional<double>(double(branchesCovered) / double(branchesValid)) : std::nullopt;
}

CoverageCounts &CoverageCounts::operator+=(const CoverageCounts &other)
{
    linesCovered += other.linesCovered;
    linesValid += other.linesValid;
    branchesCovered += other.branchesCovered;
    branchesValid += other.branchesValid;
    return *this;
}

}  // namespace mlops::runs
