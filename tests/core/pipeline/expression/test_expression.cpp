// Table-driven tests of the expression language. Every line of data/*.tsv is one row:
//   mode <TAB> expression <TAB> context-json|- <TAB> expected
// mode: t (template ${{ }}), r (runtime $[ ] variable), c (condition), s (syntax only).
// expected: "=<json>" value, "s:<text>" string, "v:1.2.3" version, or
// "!<substring>" / "!@<column> <substring>" for an error (message must contain the
// substring; the column, when given, must match). Lines starting with '#' are comments.

#include "expressiontestcontext.h"

#include "core/pipeline/expression/expression.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace mlops::pipeline;

class TestExpression : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void dataFilesPresent();
};

void TestExpression::dataFilesPresent()
{
    const QDir dir(QStringLiteral(MLOPS_TEST_DATA_DIR));
    QVERIFY(dir.entryList({QStringLiteral("*.tsv")}, QDir::Files).size() >= 5);
}

void TestExpression::table_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expected");

    const QDir dir(QStringLiteral(MLOPS_TEST_DATA_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot open %s", qPrintable(file.fileName()));
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            QString line = QString::fromUtf8(file.readLine());
            if (line.endsWith(QLatin1Char('\n')))
                line.chop(1);
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cells = line.split(QLatin1Char('\t'));
            const QByteArray rowName = (name + QLatin1Char(':') + QString::number(lineNumber)).toUtf8();
            if (cells.size() != 4)
                qFatal("%s: expected 4 tab-separated cells, got %d", rowName.constData(), int(cells.size()));
            QTest::newRow(rowName.constData()) << cells.at(0) << cells.at(1) << cells.at(2) << cells.at(3);
        }
    }
}

void TestExpression::table()
{
    QFETCH(QString, mode);
    QFETCH(QString, expression);
    QFETCH(QString, context);
    QFETCH(QString, expected);

    test::TestSetup setup;
    QString setupError;
    QVERIFY2(test::makeSetup(mode, context, &setup, &setupError), qPrintable(setupError));

    const auto result = Expression::evaluate(expression, setup.options, *setup.context);
    if (expected.startsWith(QLatin1Char('!'))) {
        QString want = expected.mid(1);
        int column = -1;
        static const QRegularExpression columnPrefix(QStringLiteral("^@(\\d+) ?"));
        const auto match = columnPrefix.match(want);
        if (match.hasMatch()) {
            column = match.captured(1).toInt();
            want = want.mid(match.capturedLength());
        }
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("expected an error, got ") + (result.ok() ? test::describe(result.value()) : QString())));
        QVERIFY2(result.error().toString().contains(want),
                 qPrintable(QStringLiteral("error '%1' does not contain '%2'").arg(result.error().toString(), want)));
        if (column >= 0)
            QCOMPARE(result.error().column, column);
        return;
    }
    ExpressionValue want;
    QString specError;
    QVERIFY2(test::parseExpectedValue(expected, &want, &specError), qPrintable(specError));
    QVERIFY2(result.ok(), qPrintable(QStringLiteral("unexpected error: ") + (result.ok() ? QString() : result.error().toString())));
    QVERIFY2(result.value().sameAs(want),
             qPrintable(QStringLiteral("got %1, expected %2").arg(test::describe(result.value()), test::describe(want))));
}

QTEST_GUILESS_MAIN(TestExpression)
#include "test_expression.moc"
