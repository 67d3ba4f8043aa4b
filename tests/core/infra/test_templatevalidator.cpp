// TemplateValidator against a golden folder: each data/<case>/ holds template.json (or
// "template @sample" in args.txt for the bundled sample template), optional
// parameters*.json and args.txt (param NAME=VALUE, resource-group, location, subscription,
// deployment-name), and expected.txt — the report rendered as text: validity, every
// diagnostic with file:line:column, the bound parameters, the resources in deployment
// order with their evaluated definitions, the skipped resources and the outputs.
// MLOPS_UPDATE_GOLDEN=1 rewrites expected.txt (review the diff before committing it).
// Beyond the golden cases: the JSON report, secrets never shown, and determinism.

#include "core/infra/templatevalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mlops;
using namespace mlops::infra;

namespace {

QString dataDir() { return QStringLiteral(MLOPS_TEST_DATA_DIR); }

QString sampleTemplate()
{
    return QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/sample/environment_setup/arm-templates/cloud-environment.json");
}

QString compact(const ArmValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value.toJson()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The input of a case folder; false when args.txt has a line it does not know.
bool readCase(const QString &folder, ValidationInput &input, QString &problem)
{
    const QDir dir(folder);
    input.templateFile = dir.filePath(QStringLiteral("template.json"));
    for (const QString &name : dir.entryList({QStringLiteral("parameters*.json")}, QDir::Files, QDir::Name))
        input.parameterFiles.append(dir.filePath(name));
    QFile args(dir.filePath(QStringLiteral("args.txt")));
    if (!args.exists())
        return true;
    if (!args.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("cannot read args.txt");
        return false;
    }
    const QStringList lines = QString::fromUtf8(args.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString word = line.section(QLatin1Char(' '), 0, 0);
        const QString rest = line.section(QLatin1Char(' '), 1);
        if (word == QLatin1String("template") && rest == QLatin1String("@sample")) {
            input.templateFile = sampleTemplate();
        } else if (word == QLatin1String("param")) {
            input.parameterOverrides.append({rest.section(QLatin1Char('='), 0, 0), rest.section(QLatin1Char('='), 1)});
        } else if (word == QLatin1String("resource-group")) {
            input.deployment.resourceGroup = rest;
        } else if (word == QLatin1String("location")) {
            input.deployment.location = rest;
        } else if (word == QLatin1String("subscription")) {
            input.deployment.subscriptionId = rest;
        } else if (word == QLatin1String("deployment-name")) {
            input.deployment.deploymentName = rest;
        } else {
            problem = QStringLiteral("args.txt: unknown line '%1'").arg(line);
            return false;
        }
    }
    return true;
}

QString render(const ValidationReport &report)
{
    QStringList out;
    out << QStringLiteral("valid: %1 (%2 errors, %3 warnings)")
               .arg(report.valid() ? QStringLiteral("yes") : QStringLiteral("no"))
               .arg(report.errorCount())
               .arg(report.warningCount());
    out << QStringLiteral("diagnostics:");
    for (Diagnostic d : report.diagnostics) {
        d.file = QFileInfo(d.file).fileName();
        out << QStringLiteral("  ") + d.toString();
    }
    out << QStringLiteral("parameters:");
    for (const BoundParameter &p : report.parameters)
        out << QStringLiteral("  %1 (%2, %3) = %4")
                   .arg(p.name, p.type, p.source.isEmpty() ? QStringLiteral("no value") : p.source,
                        p.secure ? QStringLiteral("***") : compact(p.value));
    out << QStringLiteral("resources:");
    for (const PlannedResource &r : report.resources) {
        out << QStringLiteral("  %1. [wave %2] %3 '%4' at %5, apiVersion %6%7")
                   .arg(r.order)
                   .arg(r.wave)
                   .arg(r.type, r.name, r.location.isEmpty() ? QStringLiteral("-") : r.location, r.apiVersion,
                        r.copyLoop.isEmpty() ? QString() : QStringLiteral(", copy %1[%2]").arg(r.copyLoop).arg(r.copyIndex));
        out << QStringLiteral("     id: ") + r.id;
        for (const QString &dependency : r.dependsOn)
            out << QStringLiteral("     depends on: %1%2")
                       .arg(dependency, r.implicitDependsOn.contains(dependency) ? QStringLiteral(" (reference)") : QString());
        out << QStringLiteral("     definition: ") + compact(r.definition);
    }
    out << QStringLiteral("skipped:");
    for (const PlannedResource &r : report.skipped)
        out << QStringLiteral("  %1 '%2'").arg(r.type, r.name);
    out << QStringLiteral("outputs:");
    for (const PlannedOutput &o : report.outputs)
        out << QStringLiteral("  %1 (%2) = %3").arg(o.name, o.type, compact(o.value));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace

class TestTemplateValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir data(dataDir());
        const QStringList cases = data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << data.filePath(name);
    }

    void golden()
    {
        QFETCH(QString, folder);
        ValidationInput input;
        QString problem;
        QVERIFY2(readCase(folder, input, problem), qPrintable(problem));
        const QString actual = render(TemplateValidator::validate(input));
        QFile expectedFile(QDir(folder).filePath(QStringLiteral("expected.txt")));
        if (qEnvironmentVariableIsSet("MLOPS_UPDATE_GOLDEN")) {
            QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            expectedFile.write(actual.toUtf8());
            return;
        }
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName() + QStringLiteral(" is missing")));
        const QString expected = QString::fromUtf8(expectedFile.readAll());
        if (actual != expected) {
            const QStringList a = actual.split(QLatin1Char('\n'));
            const QStringList e = expected.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i))
                    QFAIL(qPrintable(QStringLiteral("first difference on line %1:\n expected: %2\n actual:   %3")
                                         .arg(i + 1)
                                         .arg(e.value(i), a.value(i))));
            }
        }
    }

    // The sample environment with the Library's values: the five resources, the workspace
    // last, names Azure would give (uniqueString of the resource group's id).
    void sampleWithLibraryValues()
    {
        ValidationInput input;
        input.templateFile = sampleTemplate();
        input.deployment.resourceGroup = QStringLiteral("mlops-RG");
        input.deployment.location = QStringLiteral("japaneast");
        input.parameterOverrides = {{QStringLiteral("baseName"), QStringLiteral("mlops")},
                                    {QStringLiteral("workspaceName"), QStringLiteral("mlops-AML-WS")}};
        const ValidationReport report = TemplateValidator::validate(input);
        QVERIFY2(report.valid(), qPrintable(report.diagnostics.isEmpty() ? QString() : report.diagnostics.first().toString()));
        QCOMPARE(report.diagnostics.size(), 0);
        QStringList types;
        for (const PlannedResource &r : report.resources)
            types.append(r.type);
        QCOMPARE(types, (QStringList{QStringLiteral("Microsoft.Insights/components"), QStringLiteral("Microsoft.ContainerRegistry/registries"),
                                     QStringLiteral("Microsoft.Storage/storageAccounts"), QStringLiteral("Microsoft.KeyVault/vaults"),
                                     QStringLiteral("Microsoft.MachineLearningServices/workspaces")}));
        const PlannedResource &workspace = report.resources.last();
        QCOMPARE(workspace.name, QStringLiteral("mlops-AML-WS"));
        QCOMPARE(workspace.location, QStringLiteral("japaneast"));
        QCOMPARE(workspace.dependsOn.size(), 4);
        QCOMPARE(workspace.wave, 2);
        // Deterministic: the same input gives the same report.
        QCOMPARE(TemplateValidator::validate(input).toJson(), report.toJson());
    }

    void jsonReport()
    {
        ValidationInput input;
        input.templateFile = QDir(dataDir()).filePath(QStringLiteral("loops-conditions/template.json"));
        input.parameterFiles = {QDir(dataDir()).filePath(QStringLiteral("loops-conditions/parameters.json"))};
        const QJsonObject json = TemplateValidator::validate(input).toJson();
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("errors")).toInt(), 0);
        const QJsonArray resources = json.value(QStringLiteral("resources")).toArray();
        QCOMPARE(resources.size(), 8);  // 3 shards, 3 blob services, registry, workspace
        QCOMPARE(resources.at(0).toObject().value(QStringLiteral("order")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("skippedResources")).toArray().size(), 1);
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
        QVERIFY2(!text.contains(QStringLiteral("S3cret-Passw0rd!")), "a securestring value appears in the report");
        for (const QJsonValue &p : json.value(QStringLiteral("parameters")).toArray()) {
            if (p.toObject().value(QStringLiteral("type")).toString() == QLatin1String("securestring"))
                QCOMPARE(p.toObject().value(QStringLiteral("value")).toString(), QStringLiteral("***"));
        }
    }

    void unreadableTemplate()
    {
        ValidationInput input;
        input.templateFile = QStringLiteral("/nonexistent/template.json");
        const ValidationReport report = TemplateValidator::validate(input);
        QVERIFY(!report.valid());
        QCOMPARE(report.diagnostics.size(), 1);
        QCOMPARE(report.diagnostics.first().file, input.templateFile);
    }

    void parametersFileGivenAsTemplate()
    {
        ValidationInput input;
        input.templateFile = QDir(dataDir()).filePath(QStringLiteral("loops-conditions/parameters.json"));
        const ValidationReport report = TemplateValidator::validate(input);
        QVERIFY(!report.valid());
        QVERIFY(report.diagnostics.first().message.contains(QStringLiteral("this is a parameters file, not a template")));
    }
};

QTEST_GUILESS_MAIN(TestTemplateValidator)
#include "test_templatevalidator.moc"
