#include "modelcommand.h"

#include "clicontext.h"
#include "interruptflag.h"
#include "modelview.h"
#include "readprogress.h"
#include "texttable.h"

#include "core/registry/candidateevaluator.h"
#include "core/registry/modelregistry.h"
#include "core/registry/modeltrainer.h"
#include "core/registry/versionsearch.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTextStream>

#include <atomic>
#include <cmath>

#include <unistd.h>

namespace mlops::cli {

using registry::ModelRegistry;
using registry::ModelVersion;
using registry::RegisteredModel;
using registry::Stage;

namespace {

const QString kTrain = QStringLiteral("train");
const QString kEvaluate = QStringLiteral("evaluate");
const QString kRegister = QStringLiteral("register");
const QString kList = QStringLiteral("list");
const QString kShow = QStringLiteral("show");
const QString kVersions = QStringLiteral("versions");
const QString kPromote = QStringLiteral("promote");
const QString kRollback = QStringLiteral("rollback");
const QString kCompare = QStringLiteral("compare");
const QString kDownload = QStringLiteral("download");

OptionSpec option(const char *name, const char *value, const char *help, bool repeatable = false)
{
    return OptionSpec{QString::fromLatin1(name), {}, QString::fromLatin1(value), QString::fromUtf8(help), repeatable};
}

Result<int> parseVersion(const QString &text)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a version number (1, 2, …)").arg(text));
    return v;
}

Result<double> parseNumber(const QString &option, const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--%1: '%2' is not a number").arg(option, text));
    return v;
}

// "KEY=VALUE" or "KEY" (empty value) for tags.
Result<QPair<QString, QString>> parsePair(const QString &option, const QString &text, bool valueRequired)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString key = (eq < 0 ? text : text.left(eq)).trimmed();
    if (key.isEmpty() || (valueRequired && eq < 0))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--%1 '%2': expected KEY=VALUE").arg(option, text));
    return qMakePair(key, eq < 0 ? QString() : text.mid(eq + 1));
}

// Every version of a model, following the page tokens.
Result<QList<ModelVersion>> allVersions(const ModelRegistry &registry, const QString &name)
{
    registry::VersionQuery query;
    query.modelName = name;
    query.maxResults = 1000;
    QList<ModelVersion> out;
    for (;;) {
        Result<registry::VersionPage> page = registry.searchVersions(query);
        if (!page.ok())
            return page.error();
        out.append(page->versions);
        if (page->nextPageToken.isEmpty())
            return out;
        query.pageToken = page->nextPageToken;
    }
}

// `model train`: exit status when Ctrl+C stopped it (as a canceled run's), and the data size
// from which it shows its progress even when stderr is not a terminal.
constexpr int kExitTrainCanceled = 4;
constexpr qint64 kProgressFromBytes = 64LL * 1024 * 1024;

}  // namespace

QString ModelCommand::name() const { return QStringLiteral("model"); }

QString ModelCommand::summary() const { return QStringLiteral("models: train, evaluate, register, promote, roll back"); }

QList<CommandSpec> ModelCommand::commands() const
{
    const QString g = name();
    const QString nameArg = QStringLiteral("NAME");
    const QString versionArg = QStringLiteral("VERSION");
    return {
        CommandSpec{g, kTrain,
                    QStringLiteral("Trains a Ridge regression on a CSV file and writes DIR/model.json and DIR/metrics.json\n"
                                   "(metrics on the test split)."),
                    {},
                    {option("data", "FILE", "the CSV file (required)"), option("target", "COLUMN", "the column to predict (required)"),
                     option("alpha", "A", "the regularisation strength (required)"),
                     option("test-size", "F", "the test fraction or row count (default 0.2)"),
                     option("random-state", "N", "the split's seed (default 0)"), option("out", "DIR", "the output folder (required)")},
                    QStringLiteral("Progress goes to stderr on a terminal, or for data of 64 MiB or more.\n"
                                   "Exit status 4: interrupted (Ctrl+C) before it finished; nothing was written.")},
        CommandSpec{g, kEvaluate,
                    QStringLiteral("Decides whether a candidate should be registered: exit 0 when NAME has no version yet or\n"
                                   "the candidate's metric is better than the Production version's (else the latest's)."),
                    {},
                    {option("name", "NAME", "the model's name (required)"),
                     option("metric", "METRIC", "mse, rmse, mae (lower is better) or r2 (higher is better) (required)"),
                     option("candidate", "DIR", "the folder written by 'mlops model train' (required)")},
                    QStringLiteral("Exit status 5: the candidate is not better; it should not be registered.")},
        CommandSpec{g, kRegister, QStringLiteral("Registers the files of a folder as the next version of a model."),
                    {},
                    {option("name", "NAME", "the model's name (required; created when new)"),
                     option("path", "DIR", "the folder (or file) to register (required)"),
                     option("tag", "KEY[=VALUE]", "a tag of the version (repeatable)", true),
                     option("metric", "NAME=VALUE", "a metric (repeatable; default: DIR/metrics.json)", true),
                     option("description", "TEXT", "a description of the version")},
                    QStringLiteral("Lineage comes from BUILD_BUILDID, BUILD_SOURCEVERSION, BUILD_DEFINITIONNAME and MLOPS_RUN_ID.\n"
                                   "-o json prints {\"name\", \"version\", \"id\"}.")},
        CommandSpec{g, kList, QStringLiteral("Lists the registered models by name, a page at a time."),
                    {},
                    {option("page-token", "TOKEN", "the token printed with the previous page"),
                     option("top", "N", "models per page, 1 to 1000 (default 100)")},
                    QStringLiteral("-o json prints {\"models\": [...], \"nextPageToken\"} (the token is empty on the last page).")},
        CommandSpec{g, kShow, QStringLiteral("Shows a model, its versions and its promotion history."), {nameArg}, {}, {}},
        CommandSpec{g, kVersions, QStringLiteral("Lists versions of a model, a page at a time, optionally filtered."),
                    {nameArg},
                    {option("stage", "STAGE", "None, Staging, Production or Archived"),
                     option("tag", "KEY=VALUE", "a tag the version has (repeatable)", true),
                     option("metric", "FILTER", "a metric filter such as 'mse < 3000' (repeatable)", true),
                     option("page-token", "TOKEN", "the token printed with the previous page"),
                     option("max", "N", "versions per page, 1 to 1000 (default 100)")},
                    {}},
        CommandSpec{g, kPromote, QStringLiteral("Moves a version to a stage; Production archives the previous Production version."),
                    {nameArg, versionArg},
                    {option("stage", "STAGE", "None, Staging, Production or Archived (required)"),
                     option("comment", "TEXT", "why (required for Production)"),
                     OptionSpec{QStringLiteral("no-archive"), {}, {},
                                QStringLiteral("fail instead of archiving the current Production version")}},
                    {}},
        CommandSpec{g, kRollback, QStringLiteral("Puts an earlier version back in Production, archiving the current one."),
                    {nameArg, versionArg}, {option("comment", "TEXT", "why (required)")}, {}},
        CommandSpec{g, kCompare, QStringLiteral("Shows the metrics of versions side by side."),
                    {nameArg, QStringLiteral("V1"), QStringLiteral("V2"), QStringLiteral("[V3]"), QStringLiteral("[V4]"),
                     QStringLiteral("[V5]"), QStringLiteral("[V6]")},
                    {}, {}},
        CommandSpec{g, kDownload, QStringLiteral("Writes the files of a version to a folder."), {nameArg, versionArg},
                    {option("out", "DIR", "the target folder (required)")}, {}},
    };
}

int ModelCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    QStringList required;
    if (command.name == kTrain)
        required = {QStringLiteral("data"), QStringLiteral("target"), QStringLiteral("alpha"), QStringLiteral("out")};
    else if (command.name == kEvaluate)
        required = {QStringLiteral("name"), QStringLiteral("metric"), QStringLiteral("candidate")};
    else if (command.name == kRegister)
        required = {QStringLiteral("name"), QStringLiteral("path")};
    else if (command.name == kPromote)
        required = {QStringLiteral("stage")};
    else if (command.name == kDownload)
        required = {QStringLiteral("out")};
    for (const QString &option : required) {
        if (!arguments.isSet(option))
            return context.usageError(command, QStringLiteral("missing --%1").arg(option));
    }
    if (command.name == kTrain)
        return train(context, command, arguments);
    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());
    if (command.name == kEvaluate)
        return evaluate(context, arguments);
    if (command.name == kRegister)
        return registerVersion(context, arguments);
    if (command.name == kList)
        return list(context, command, arguments);
    if (command.name == kShow)
        return show(context, arguments);
    if (command.name == kVersions)
        return versions(context, command, arguments);
    if (command.name == kPromote || command.name == kRollback)
        return promote(context, command, arguments, command.name == kRollback);
    if (command.name == kCompare)
        return compare(context, command, arguments);
    if (command.name == kDownload)
        return download(context, command, arguments);
    return context.fail(makeError(ErrorCode::Internal, QStringLiteral("model %1 has no implementation").arg(command.name)));
}

int ModelCommand::train(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    registry::TrainOptions options;
    options.dataPath = arguments.value(QStringLiteral("data"));
    options.target = arguments.value(QStringLiteral("target"));
    options.outDirectory = arguments.value(QStringLiteral("out"));
    Result<double> alpha = parseNumber(QStringLiteral("alpha"), arguments.value(QStringLiteral("alpha")));
    if (!alpha.ok())
        return context.usageError(command, alpha.error().message);
    options.alpha = *alpha;
    if (arguments.isSet(QStringLiteral("test-size"))) {
        Result<double> size = parseNumber(QStringLiteral("test-size"), arguments.value(QStringLiteral("test-size")));
        if (!size.ok())
            return context.usageError(command, size.error().message);
        options.testSize = *size;
    }
    if (arguments.isSet(QStringLiteral("random-state"))) {
        bool ok = false;
        options.seed = arguments.value(QStringLiteral("random-state")).toUInt(&ok);
        if (!ok)
            return context.usageError(command, QStringLiteral("--random-state: '%1' is not a whole number >= 0")
                                                   .arg(arguments.value(QStringLiteral("random-state"))));
    }
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    const QFileInfo data(options.dataPath);
    ReadProgress progress(context.err(), data.fileName(), terminal);
    if (terminal || data.size() >= kProgressFromBytes)
        options.progress = [&progress](qint64 done, qint64 total) { progress.update(done, total); };
    InterruptFlag interrupt;
    options.cancel = interrupt.flag();
    Result<registry::TrainOutcome> outcome = registry::ModelTrainer::train(options);
    progress.finish();
    if (!outcome.ok() && interrupt.raised()) {
        context.err() << "mlops: canceled: training on " << options.dataPath << " was interrupted; nothing was written\n"
                      << Qt::flush;
        return kExitTrainCanceled;
    }
    if (!outcome.ok())
        return context.fail(outcome.error());
    const QMap<QString, double> &metrics = outcome->model.training.metrics;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("model"), outcome->modelPath},
                                      {QStringLiteral("metrics"), ModelView::metricsJson(metrics)},
                                      {QStringLiteral("trainRows"), outcome->model.training.trainRows},
                                      {QStringLiteral("testRows"), outcome->model.training.testRows}});
        return CliContext::kExitSuccess;
    }
    context.out() << "Trained Ridge (alpha " << ModelView::number(options.alpha) << ") on " << outcome->model.training.trainRows
                  << " rows; metrics on " << outcome->model.training.testRows << " test rows:\n";
    TextTable table({QStringLiteral("METRIC"), QStringLiteral("VALUE")});
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
        table.addRow({it.key(), ModelView::number(it.value())});
    table.print(context.out());
    context.out() << "Wrote " << outcome->modelPath << " and " << outcome->metricsPath << ".\n";
    return CliContext::kExitSuccess;
}

int ModelCommand::evaluate(CliContext &context, const ParsedArguments &arguments)
{
    ModelRegistry registry(context.sharedWorkspace());
    Result<registry::Evaluation> e = registry::CandidateEvaluator::evaluate(
        registry, arguments.value(QStringLiteral("name")), arguments.value(QStringLiteral("metric")),
        arguments.value(QStringLiteral("candidate")));
    if (!e.ok())
        return context.fail(e.error());
    if (context.json()) {
        QJsonObject object{{QStringLiteral("register"), e->registerCandidate},
                           {QStringLiteral("metric"), arguments.value(QStringLiteral("metric")).toLower()},
                           {QStringLiteral("candidate"), e->candidateValue},
                           {QStringLiteral("message"), e->message}};
        if (e->baselineVersion > 0) {
            object.insert(QStringLiteral("baselineVersion"), e->baselineVersion);
            object.insert(QStringLiteral("baselineIsProduction"), e->baselineIsProduction);
            if (e->baselineHasMetric)
                object.insert(QStringLiteral("baseline"), e->baselineValue);
        }
        context.printJson(object);
    } else {
        context.out() << e->message << '\n';
    }
    return e->registerCandidate ? CliContext::kExitSuccess : kExitNotBetter;
}

int ModelCommand::registerVersion(CliContext &context, const ParsedArguments &arguments)
{
    registry::NewModelVersion input;
    input.sourcePath = arguments.value(QStringLiteral("path"));
    input.description = arguments.value(QStringLiteral("description"));
    for (const QString &text : arguments.values(QStringLiteral("tag"))) {
        Result<QPair<QString, QString>> tag = parsePair(QStringLiteral("tag"), text, false);
        if (!tag.ok())
            return context.fail(tag.error());
        input.tags.insert(tag->first, tag->second);
    }
    // A folder from `mlops model train`: its model.json must be valid, and it gives the
    // default metrics and the dataset lineage.
    const QDir dir(input.sourcePath);
    if (QFileInfo(input.sourcePath).isDir() && QFileInfo::exists(dir.filePath(QStringLiteral("model.json")))) {
        Result<QMap<QString, double>> metrics = registry::CandidateEvaluator::candidateMetrics(input.sourcePath);
        if (!metrics.ok())
            return context.fail(metrics.error());
        input.metrics = *metrics;
        Result<ml::ModelFile> model = ml::ModelFile::load(dir.filePath(QStringLiteral("model.json")));
        if (!model.ok())
            return context.fail(model.error());
        input.lineage.datasetName = model->training.datasetName;
        input.lineage.datasetSha256 = model->training.datasetSha256;
        input.lineage.parametersJson = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("alpha"), model->model.alpha},
                                      {QStringLiteral("testSize"), model->training.testSize},
                                      {QStringLiteral("randomState"), qint64(model->training.seed)}})
                .toJson(QJsonDocument::Compact));
        input.properties.insert(QStringLiteral("kind"), QStringLiteral("ridge"));
        input.properties.insert(QStringLiteral("target"), model->model.target);
    }
    for (const QString &text : arguments.values(QStringLiteral("metric"))) {
        Result<QPair<QString, QString>> pair = parsePair(QStringLiteral("metric"), text, true);
        if (!pair.ok())
            return context.fail(pair.error());
        Result<double> value = parseNumber(QStringLiteral("metric"), pair->second);
        if (!value.ok())
            return context.fail(value.error());
        input.metrics.insert(pair->first, *value);
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    input.lineage.buildId = env.value(QStringLiteral("BUILD_BUILDID"));
    input.lineage.commit = env.value(QStringLiteral("BUILD_SOURCEVERSION"));
    input.lineage.pipelineName = env.value(QStringLiteral("BUILD_DEFINITIONNAME"));
    input.lineage.runId = env.value(QStringLiteral("MLOPS_RUN_ID"));

    ModelRegistry registry(context.sharedWorkspace());
    Result<ModelVersion> v = registry.registerVersion(arguments.value(QStringLiteral("name")), input);
    if (!v.ok())
        return context.fail(v.error());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("name"), v->modelName}, {QStringLiteral("version"), v->version}, {QStringLiteral("id"), v->id}});
    else
        context.out() << "Registered model '" << v->modelName << "' version " << v->version << " (id " << v->id << ", "
                      << v->files.size() << " files).\n";
    return CliContext::kExitSuccess;
}

int ModelCommand::list(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    registry::ModelQuery query;
    if (arguments.isSet(QStringLiteral("top"))) {
        bool ok = false;
        query.maxResults = arguments.value(QStringLiteral("top")).toInt(&ok);
        if (!ok)
            return context.usageError(command, QStringLiteral("--top: '%1' is not a number").arg(arguments.value(QStringLiteral("top"))));
    }
    query.pageToken = arguments.value(QStringLiteral("page-token"));
    Result<registry::ModelPage> page = ModelRegistry(context.sharedWorkspace()).listModels(query);
    if (!page.ok())
        return context.fail(page.error());
    if (context.json()) {
        QJsonArray array;
        for (const RegisteredModel &m : page->models)
            array.append(ModelView::modelJson(m));
        context.printJson(QJsonObject{{QStringLiteral("models"), array}, {QStringLiteral("nextPageToken"), page->nextPageToken}});
        return CliContext::kExitSuccess;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("LATEST"), QStringLiteral("PRODUCTION"), QStringLiteral("DESCRIPTION")});
    for (const RegisteredModel &m : page->models)
        table.addRow({m.name, QString::number(m.latestVersion),
                      m.productionVersion > 0 ? QString::number(m.productionVersion) : QStringLiteral("-"), m.description});
    if (page->models.isEmpty())
        context.out() << (query.pageToken.isEmpty() ? "No registered models.\n" : "No more models.\n");
    else
        table.print(context.out());
    if (!page->nextPageToken.isEmpty())
        context.out() << "Next page: --page-token " << page->nextPageToken << '\n';
    return CliContext::kExitSuccess;
}

int ModelCommand::show(CliContext &context, const ParsedArguments &arguments)
{
    ModelRegistry registry(context.sharedWorkspace());
    const QString name = arguments.positionals.at(0);
    Result<RegisteredModel> model = registry.model(name);
    if (!model.ok())
        return context.fail(model.error());
    Result<QList<ModelVersion>> versions = allVersions(registry, model->name);
    if (!versions.ok())
        return context.fail(versions.error());
    Result<QList<registry::Promotion>> history = registry.promotions(model->name);
    if (!history.ok())
        return context.fail(history.error());
    if (context.json()) {
        QJsonObject object = ModelView::modelJson(*model);
        QJsonArray versionArray;
        for (const ModelVersion &v : *versions)
            versionArray.append(ModelView::versionJson(v));
        QJsonArray promotionArray;
        for (const registry::Promotion &p : *history)
            promotionArray.append(ModelView::promotionJson(p));
        object.insert(QStringLiteral("versions"), versionArray);
        object.insert(QStringLiteral("promotions"), promotionArray);
        context.printJson(object);
        return CliContext::kExitSuccess;
    }
    QTextStream &out = context.out();
    out << "Model " << model->name << " (latest version " << model->latestVersion << ")\n";
    if (!model->description.isEmpty())
        out << "  " << model->description << '\n';
    if (!model->tags.isEmpty())
        out << "  tags: " << ModelView::joined(model->tags) << '\n';
    TextTable table({QStringLiteral("VERSION"), QStringLiteral("STAGE"), QStringLiteral("CREATED"), QStringLiteral("BY"), QStringLiteral("TAGS")});
    for (const ModelVersion &v : *versions)
        table.addRow({QString::number(v.version), registry::stageName(v.stage), v.createdAt.toString(Qt::ISODate), v.createdBy, ModelView::joined(v.tags)});
    out << "\nVersions:\n";
    table.print(out, QStringLiteral("  "));
    if (!history->isEmpty()) {
        TextTable promotions({QStringLiteral("AT"), QStringLiteral("VERSION"), QStringLiteral("ACTION"), QStringLiteral("FROM"),
                              QStringLiteral("TO"), QStringLiteral("BY"), QStringLiteral("COMMENT")});
        for (const registry::Promotion &p : *history)
            promotions.addRow({p.at.toString(Qt::ISODate), QString::number(p.version), p.action, registry::stageName(p.fromStage),
                               registry::stageName(p.toStage), p.by, p.comment});
        out << "\nPromotions:\n";
        promotions.print(out, QStringLiteral("  "));
    }
    return CliContext::kExitSuccess;
}

int ModelCommand::versions(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    registry::VersionQuery query;
    query.modelName = arguments.positionals.at(0);
    if (arguments.isSet(QStringLiteral("stage"))) {
        query.stage = registry::parseStage(arguments.value(QStringLiteral("stage")));
        if (!query.stage)
            return context.usageError(command, QStringLiteral("unknown stage '%1' (use None, Staging, Production or Archived)")
                                                   .arg(arguments.value(QStringLiteral("stage"))));
    }
    for (const QString &text : arguments.values(QStringLiteral("tag"))) {
        Result<QPair<QString, QString>> tag = parsePair(QStringLiteral("tag"), text, true);
        if (!tag.ok())
            return context.usageError(command, tag.error().message);
        query.tags.insert(tag->first, tag->second);
    }
    for (const QString &text : arguments.values(QStringLiteral("metric"))) {
        Result<registry::MetricFilter> filter = registry::VersionSearch::parseMetricFilter(text);
        if (!filter.ok())
            return context.usageError(command, filter.error().message);
        query.metrics.append(*filter);
    }
    if (arguments.isSet(QStringLiteral("max"))) {
        bool ok = false;
        query.maxResults = arguments.value(QStringLiteral("max")).toInt(&ok);
        if (!ok)
            return context.usageError(command, QStringLiteral("--max: '%1' is not a number").arg(arguments.value(QStringLiteral("max"))));
    }
    query.pageToken = arguments.value(QStringLiteral("page-token"));
    Result<registry::VersionPage> page = ModelRegistry(context.sharedWorkspace()).searchVersions(query);
    if (!page.ok())
        return context.fail(page.error());
    if (context.json()) {
        QJsonArray array;
        for (const ModelVersion &v : page->versions)
            array.append(ModelView::versionJson(v));
        context.printJson(QJsonObject{{QStringLiteral("versions"), array}, {QStringLiteral("nextPageToken"), page->nextPageToken}});
        return CliContext::kExitSuccess;
    }
    TextTable table({QStringLiteral("VERSION"), QStringLiteral("STAGE"), QStringLiteral("METRICS"), QStringLiteral("TAGS")});
    for (const ModelVersion &v : page->versions) {
        QStringList metrics;
        for (auto it = v.metrics.cbegin(); it != v.metrics.cend(); ++it)
            metrics << it.key() + QLatin1Char('=') + ModelView::number(it.value());
        table.addRow({QString::number(v.version), registry::stageName(v.stage), metrics.join(QStringLiteral(", ")), ModelView::joined(v.tags)});
    }
    if (page->versions.isEmpty())
        context.out() << "No matching versions.\n";
    else
        table.print(context.out());
    if (!page->nextPageToken.isEmpty())
        context.out() << "Next page: --page-token " << page->nextPageToken << '\n';
    return CliContext::kExitSuccess;
}

int ModelCommand::promote(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments, bool rollback)
{
    const QString name = arguments.positionals.at(0);
    Result<int> number = parseVersion(arguments.positionals.at(1));
    if (!number.ok())
        return context.usageError(command, number.error().message);
    const QString comment = arguments.value(QStringLiteral("comment"));
    ModelRegistry registry(context.sharedWorkspace());
    Result<ModelVersion> v = makeError(ErrorCode::Internal, QString());
    if (rollback) {
        v = registry.rollback(name, *number, comment);
    } else {
        const std::optional<Stage> stage = registry::parseStage(arguments.value(QStringLiteral("stage")));
        if (!stage)
            return context.fail(makeError(ErrorCode::InvalidInput, QStringLiteral("unknown stage '%1' (use None, Staging, Production or Archived)")
                                                                       .arg(arguments.value(QStringLiteral("stage")))));
        v = registry.promote(name, *number, *stage, comment,
                             ModelRegistry::PromoteOptions{!arguments.isSet(QStringLiteral("no-archive"))});
    }
    if (!v.ok())
        return context.fail(v.error());
    if (context.json())
        context.printJson(ModelView::versionJson(*v));
    else
        context.out() << (rollback ? "Rolled back '" : "Moved '") << v->modelName << "' version " << v->version << " to "
                      << registry::stageName(v->stage) << ".\n";
    return CliContext::kExitSuccess;
}

int ModelCommand::compare(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    ModelRegistry registry(context.sharedWorkspace());
    const QString name = arguments.positionals.at(0);
    QList<ModelVersion> versions;
    for (const QString &text : arguments.positionals.mid(1)) {
        Result<int> number = parseVersion(text);
        if (!number.ok())
            return context.usageError(command, number.error().message);
        Result<ModelVersion> v = registry.version(name, *number);
        if (!v.ok())
            return context.fail(v.error());
        versions.append(*v);
    }
    QStringList metricNames;
    for (const ModelVersion &v : versions) {
        for (auto it = v.metrics.cbegin(); it != v.metrics.cend(); ++it) {
            if (!metricNames.contains(it.key()))
                metricNames.append(it.key());
        }
    }
    metricNames.sort();
    if (context.json()) {
        QJsonArray array;
        for (const ModelVersion &v : versions)
            array.append(QJsonObject{{QStringLiteral("version"), v.version},
                                     {QStringLiteral("stage"), registry::stageName(v.stage)},
                                     {QStringLiteral("metrics"), ModelView::metricsJson(v.metrics)}});
        context.printJson(QJsonObject{{QStringLiteral("name"), versions.constFirst().modelName}, {QStringLiteral("versions"), array}});
        return CliContext::kExitSuccess;
    }
    QStringList headers{QStringLiteral("METRIC")};
    QStringList stages{QStringLiteral("stage")};
    for (const ModelVersion &v : versions) {
        headers << QStringLiteral("v%1").arg(v.version);
        stages << registry::stageName(v.stage);
    }
    TextTable table(headers);
    table.addRow(stages);
    for (const QString &metric : metricNames) {
        QStringList row{metric};
        for (const ModelVersion &v : versions)
            row << (v.metrics.contains(metric) ? ModelView::number(v.metrics.value(metric)) : QStringLiteral("-"));
        table.addRow(row);
    }
    table.print(context.out());
    return CliContext::kExitSuccess;
}

int ModelCommand::download(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    Result<int> number = parseVersion(arguments.positionals.at(1));
    if (!number.ok())
        return context.usageError(command, number.error().message);
    ModelRegistry registry(context.sharedWorkspace());
    Result<ModelVersion> v = registry.version(arguments.positionals.at(0), *number);
    if (!v.ok())
        return context.fail(v.error());
    const QString out = arguments.value(QStringLiteral("out"));
    if (Result<registry::DownloadOutcome> r = registry.download(*v, out); !r.ok())
        return context.fail(r.error());
    if (context.json()) {
        QJsonObject object = ModelView::versionJson(*v);
        object.insert(QStringLiteral("downloadedTo"), QDir(out).absolutePath());
        context.printJson(object);
    } else {
        context.out() << "Wrote " << v->files.size() << " files of '" << v->modelName << "' version " << v->version << " to " << out << ".\n";
    }
    return CliContext::kExitSuccess;
}

}  // namespace mlops::cli
