// ModelFile: save/load round trip (every double bit for bit), and every way a model file
// can be broken: corrupt JSON with its line:column, wrong format/version/kind, wrong
// coefficient count, missing or mistyped fields.
#include "core/ml/modelfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(mlops::ErrorCode)

using namespace mlops;
using namespace mlops::ml;

namespace {

ModelFile sampleModel()
{
    ModelFile file;
    file.model.featureNames = {QStringLiteral("AGE"), QStringLiteral("SEX"), QStringLiteral("BMI")};
    file.model.coefficients = Eigen::Vector3d(3.6673762369695795, -137.03884377642618, 0.1 + 0.2);
    file.model.intercept = 152.11788558574;
    file.model.alpha = 0.4;
    file.model.target = QStringLiteral("Y");
    file.training.datasetName = QStringLiteral("diabetes.csv");
    file.training.datasetSha256 = QStringLiteral("ab12");
    file.training.datasetRows = 442;
    file.training.testSize = 0.2;
    file.training.seed = 4294967295U;
    file.training.shuffle = true;
    file.training.trainRows = 353;
    file.training.testRows = 89;
    file.training.metrics = {{QStringLiteral("mse"), 3295.741064355809}, {QStringLiteral("r2"), 1.0 / 3.0}};
    file.training.createdAt = QDateTime(QDate(2026, 11, 25), QTime(15, 4, 5, 678), Qt::UTC);
    return file;
}

QJsonObject sampleObject() { return QJsonDocument::fromJson(sampleModel().toJson()).object(); }

// Sets (or with an undefined value removes) the field at a dotted path.
QJsonObject withField(QJsonObject object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path.first());
        else
            object.insert(path.first(), value);
        return object;
    }
    object.insert(path.first(), withField(object.value(path.first()).toObject(), path.mid(1), value));
    return object;
}

}  // namespace

class TestModelFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.json"));
        const ModelFile original = sampleModel();
        QVERIFY(original.save(path).ok());
        auto loaded = ModelFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded->model.featureNames, original.model.featureNames);
        QCOMPARE(loaded->model.coefficients.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(loaded->model.coefficients(i) == original.model.coefficients(i));  // bit for bit
        QVERIFY(loaded->model.intercept == original.model.intercept);
        QVERIFY(loaded->model.alpha == original.model.alpha);
        QCOMPARE(loaded->model.target, original.model.target);
        QCOMPARE(loaded->training.datasetName, original.training.datasetName);
        QCOMPARE(loaded->training.datasetSha256, original.training.datasetSha256);
        QCOMPARE(loaded->training.datasetRows, original.training.datasetRows);
        QVERIFY(loaded->training.testSize == original.training.testSize);
        QCOMPARE(loaded->training.seed, original.training.seed);
        QCOMPARE(loaded->training.shuffle, original.training.shuffle);
        QCOMPARE(loaded->training.trainRows, original.training.trainRows);
        QCOMPARE(loaded->training.testRows, original.training.testRows);
        QCOMPARE(loaded->training.metrics.keys(), original.training.metrics.keys());
        QVERIFY(loaded->training.metrics.value(QStringLiteral("r2")) == 1.0 / 3.0);
        QCOMPARE(loaded->training.createdAt, original.training.createdAt);
        QCOMPARE(loaded->toJson(), original.toJson());

        // The loaded model scores exactly as the original.
        Eigen::MatrixXd rows(2, 3);
        rows << 1, 2, 3, -0.5, 0.25, 1e-3;
        QVERIFY(*loaded->model.predict(rows) == *original.model.predict(rows));
    }

    void documentShape()
    {
        const QJsonObject object = sampleObject();
        QCOMPARE(object.value(QStringLiteral("format")).toString(), QStringLiteral("mlops-model"));
        QCOMPARE(object.value(QStringLiteral("formatVersion")).toInt(), 1);
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("ridge"));
        QCOMPARE(object.value(QStringLiteral("coefficients")).toArray().size(), qsizetype(3));
        const QJsonObject training = object.value(QStringLiteral("training")).toObject();
        QCOMPARE(training.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-11-25T15:04:05.678Z"));
        QCOMPARE(training.value(QStringLiteral("split")).toObject().value(QStringLiteral("seed")).toDouble(), 4294967295.0);
    }

    // The position is where Qt's JSON parser stopped (at or just after the bad token).
    void corruptJsonHasLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("m.json:1:1: invalid JSON: ");
        QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"mlops-model\",\n  \"kind\": ") << QStringLiteral("m.json:3:11: invalid JSON: ");
        QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << QStringLiteral("m.json:3:4: invalid JSON: unterminated object");
        QTest::newRow("garbage") << QByteArray("{\"a\": nope}") << QStringLiteral("m.json:1:9: invalid JSON: illegal value");
    }
    void corruptJsonHasLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, prefix);
        auto loaded = ModelFile::fromJson(json, QStringLiteral("m.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::InvalidInput);
        QVERIFY2(loaded.error().message.startsWith(prefix), qPrintable(loaded.error().message));
    }

    void notAnObject()
    {
        auto loaded = ModelFile::fromJson("[1, 2]", QStringLiteral("m.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().message, QStringLiteral("m.json:1:1: a model file must be a JSON object"));
    }

    void invalidContent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");  // undefined: remove the field
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        const QJsonValue removed(QJsonValue::Undefined);
        const auto invalid = ErrorCode::InvalidInput;
        const auto unsupported = ErrorCode::Unsupported;
        QTest::newRow("other format") << QStringLiteral("format") << QJsonValue(QStringLiteral("onnx")) << unsupported
                                      << QStringLiteral("m.json: \"format\" is \"onnx\", not a model file (expected \"mlops-model\")");
        QTest::newRow("no format") << QStringLiteral("format") << removed << invalid << QStringLiteral("m.json: \"format\" is missing");
        QTest::newRow("newer version") << QStringLiteral("formatVersion") << QJsonValue(2) << unsupported
                                       << QStringLiteral("m.json: model file format version 2 is not supported (this program reads version 1)");
        QTest::newRow("older version") << QStringLiteral("formatVersion") << QJsonValue(0) << unsupported
                                       << QStringLiteral("m.json: model file format version 0 is not supported (this program reads version 1)");
        QTest::newRow("version as text") << QStringLiteral("formatVersion") << QJsonValue(QStringLiteral("1")) << invalid
                                         << QStringLiteral("m.json: \"formatVersion\" must be a number");
        QTest::newRow("unknown kind") << QStringLiteral("kind") << QJsonValue(QStringLiteral("lasso")) << unsupported
                                      << QStringLiteral("m.json: unknown model kind \"lasso\" (supported: ridge)");
        QTest::newRow("no kind") << QStringLiteral("kind") << removed << invalid << QStringLiteral("m.json: \"kind\" is missing");
        QTest::newRow("too few coefficients") << QStringLiteral("coefficients") << QJsonValue(QJsonArray{1.0, 2.0}) << invalid
                                              << QStringLiteral("m.json: \"coefficients\" has 2 values but there are 3 feature names");
        QTest::newRow("too many coefficients") << QStringLiteral("coefficients") << QJsonValue(QJsonArray{1.0, 2.0, 3.0, 4.0}) << invalid
                                               << QStringLiteral("m.json: \"coefficients\" has 4 values but there are 3 feature names");
        QTest::newRow("text coefficient") << QStringLiteral("coefficients") << QJsonValue(QJsonArray{1.0, QStringLiteral("2"), 3.0}) << invalid
                                          << QStringLiteral("m.json: \"coefficients\" item 2 must be a finite number");
        QTest::newRow("coefficients not an array") << QStringLiteral("coefficients") << QJsonValue(1.0) << invalid
                                                   << QStringLiteral("m.json: \"coefficients\" must be an array");
        QTest::newRow("duplicate feature") << QStringLiteral("featureNames")
                                           << QJsonValue(QJsonArray{QStringLiteral("AGE"), QStringLiteral("BMI"), QStringLiteral("AGE")}) << invalid
                                           << QStringLiteral("m.json: \"featureNames\" names \"AGE\" twice");
        QTest::newRow("empty feature name") << QStringLiteral("featureNames")
                                            << QJsonValue(QJsonArray{QStringLiteral("AGE"), QString(), QStringLiteral("BMI")}) << invalid
                                            << QStringLiteral("m.json: \"featureNames\" item 2 must be a non-empty string");
        QTest::newRow("no features") << QStringLiteral("featureNames") << QJsonValue(QJsonArray()) << invalid
                                     << QStringLiteral("m.json: \"featureNames\" is empty");
        QTest::newRow("no intercept") << QStringLiteral("intercept") << removed << invalid << QStringLiteral("m.json: \"intercept\" is missing");
        QTest::newRow("text intercept") << QStringLiteral("intercept") << QJsonValue(QStringLiteral("152")) << invalid
                                        << QStringLiteral("m.json: \"intercept\" must be a finite number");
        QTest::newRow("negative alpha") << QStringLiteral("alpha") << QJsonValue(-1) << invalid << QStringLiteral("m.json: \"alpha\" must be >= 0");
        QTest::newRow("target not text") << QStringLiteral("target") << QJsonValue(3) << invalid << QStringLiteral("m.json: \"target\" must be a string");
        QTest::newRow("no training") << QStringLiteral("training") << removed << invalid << QStringLiteral("m.json: \"training\" is missing");
        QTest::newRow("no dataset name") << QStringLiteral("training.dataset.name") << removed << invalid
                                         << QStringLiteral("m.json: \"training.dataset.name\" is missing");
        QTest::newRow("fractional rows") << QStringLiteral("training.dataset.rows") << QJsonValue(4.5) << invalid
                                         << QStringLiteral("m.json: \"training.dataset.rows\" must be a whole number >= 0");
        QTest::newRow("negative seed") << QStringLiteral("training.split.seed") << QJsonValue(-1) << invalid
                                       << QStringLiteral("m.json: \"training.split.seed\" must be a whole number >= 0");
        QTest::newRow("seed too big") << QStringLiteral("training.split.seed") << QJsonValue(4294967296.0) << invalid
                                      << QStringLiteral("m.json: \"training.split.seed\" must be at most 4294967295");
        QTest::newRow("shuffle not bool") << QStringLiteral("training.split.shuffle") << QJsonValue(1) << invalid
                                          << QStringLiteral("m.json: \"training.split.shuffle\" must be true or false");
        QTest::newRow("metric not a number") << QStringLiteral("training.metrics.mse") << QJsonValue(QStringLiteral("low")) << invalid
                                             << QStringLiteral("m.json: \"training.metrics.mse\" must be a finite number");
        QTest::newRow("bad date") << QStringLiteral("training.createdAt") << QJsonValue(QStringLiteral("yesterday")) << invalid
                                  << QStringLiteral("m.json: \"training.createdAt\" is not an ISO-8601 date and time: \"yesterday\"");
    }
    void invalidContent()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        const QJsonObject broken = withField(sampleObject(), path.split(QLatin1Char('.')), value);
        auto loaded = ModelFile::fromJson(QJsonDocument(broken).toJson(), QStringLiteral("m.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, code);
        QCOMPARE(loaded.error().message, message);
    }

    void missingFile()
    {
        auto loaded = ModelFile::load(QStringLiteral("/nonexistent/model.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::NotFound);
        QVERIFY(loaded.error().message.startsWith(QStringLiteral("/nonexistent/model.json: cannot read the model file")));
    }

    void unwritablePath()
    {
        QTemporaryDir dir;
        auto saved = sampleModel().save(dir.filePath(QStringLiteral("no/such/folder/model.json")));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Io);
        QVERIFY(saved.error().message.contains(QStringLiteral("cannot write the model file")));
    }
};


QTEST_GUILESS_MAIN(TestModelFile)
#include "test_modelfile.moc"
