// CsvReader: the diabetes file, RFC 4180 details (quotes, CRLF, BOM, blank lines),
// type inference, every error with its line and column, progress and cancel.
#include "core/ml/csvreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <cstdlib>

using namespace mlops;
using namespace mlops::ml;

namespace {

QString diabetesPath() { return QStringLiteral(MLOPS_SOURCE_DIR "/resources/sample/data/diabetes.csv"); }

// A numeric CSV of `rows` rows and `columns` columns, deterministic.
QByteArray generatedCsv(int rows, int columns)
{
    QByteArray data;
    for (int c = 0; c < columns; ++c)
        data += (c ? "," : "") + QByteArray("c") + QByteArray::number(c);
    data += '\n';
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c)
                data += ',';
            data += QByteArray::number((r * 31 + c * 7) % 1000 / 7.0, 'g', 17);
        }
        data += '\n';
    }
    return data;
}

}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsDiabetes()
    {
        CsvReadOptions options;
        options.types = CsvReadOptions::Types::AllNumeric;
        options.computeSha256 = true;
        auto dataset = CsvReader(options).readFile(diabetesPath());
        QVERIFY2(dataset.ok(), qPrintable(dataset.ok() ? QString() : dataset.error().message));
        QCOMPARE(dataset->rowCount(), 442);
        QCOMPARE(dataset->columnNames(),
                 QString::fromLatin1("AGE,SEX,BMI,BP,S1,S2,S3,S4,S5,S6,Y").split(QLatin1Char(',')));
        for (qsizetype c = 0; c < dataset->columnCount(); ++c)
            QCOMPARE(dataset->columnType(c), Dataset::ColumnType::Numeric);
        // Correctly rounded, as strtod: the first and last cells of the file.
        QCOMPARE(dataset->numeric(0)(0), std::strtod("0.0380759064334241", nullptr));
        QCOMPARE(dataset->numeric(10)(441), 57.0);
        QFile file(diabetesPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(dataset->sha256(), QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(dataset->sourceName(), diabetesPath());

        auto matrix = dataset->matrix({QStringLiteral("BMI"), QStringLiteral("AGE")});
        QVERIFY(matrix.ok());
        QCOMPARE(matrix->cols(), 2);
        QCOMPARE((*matrix)(0, 1), dataset->numeric(0)(0));
        auto missing = dataset->matrix({QStringLiteral("bmi")});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("no column named \"bmi\"")));
    }

    void parsesValidInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("textColumns");  // the column types, N or T per column
        QTest::addColumn<QString>("firstCells");   // row 0 as text, numbers in %g, '|' separated

        QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << 2 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                               << QStringLiteral("NN") << QStringLiteral("1|2");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << 2 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                              << QStringLiteral("NN") << QStringLiteral("1|2");
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << 1 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                          << QStringLiteral("NN") << QStringLiteral("1|2");
        QTest::newRow("quoted comma makes text") << QByteArray("a,b\n\"1,5\",2\n") << 1 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                                 << QStringLiteral("TN") << QStringLiteral("1,5|2");
        QTest::newRow("quoted number stays numeric") << QByteArray("a,b\n\"1.5\",2\n") << 1 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                                     << QStringLiteral("NN") << QStringLiteral("1.5|2");
        QTest::newRow("escaped quotes and newline") << QByteArray("a,b\n\"say \"\"hi\"\"\nthere\",2\n") << 1
                                                    << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("TN")
                                                    << QStringLiteral("say \"hi\"\nthere|2");
        QTest::newRow("quoted header") << QByteArray("\"x,1\",\"y\"\"\"\n1,2\n") << 1 << QStringList{QStringLiteral("x,1"), QStringLiteral("y\"")}
                                       << QStringLiteral("NN") << QStringLiteral("1|2");
        QTest::newRow("BOM and blank lines") << QByteArray("\xEF\xBB\xBF" "a\n\n1\n\r\n2\n\n") << 2 << QStringList{QStringLiteral("a")}
                                             << QStringLiteral("N") << QStringLiteral("1");
        QTest::newRow("blanks, sign, exponent") << QByteArray("a,b,c\n 1.5 ,+2,-3e-2\n") << 1
                                                << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                                << QStringLiteral("NNN") << QStringLiteral("1.5|2|-0.03");
        QTest::newRow("text column keeps NA") << QByteArray("a,b\nx,1\nNA,2\n,3\n") << 3 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                              << QStringLiteral("TN") << QStringLiteral("x|1");
        QTest::newRow("text after numbers") << QByteArray("a,b\n1,1\n2,2\nthree,3\n") << 3 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                            << QStringLiteral("TN") << QStringLiteral("1|1");
        QTest::newRow("trailing empty field") << QByteArray("a,b\nx,\"\"\n") << 1 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                              << QStringLiteral("TN") << QString();  // b missing: error, see below
    }
    void parsesValidInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, rows);
        QFETCH(QStringList, names);
        QFETCH(QString, textColumns);
        QFETCH(QString, firstCells);
        auto dataset = CsvReader().parse(input, QStringLiteral("in.csv"));
        if (firstCells.isEmpty()) {  // the one case that must fail: a numeric column left with only a missing value
            QVERIFY(!dataset.ok());
            QVERIFY2(dataset.error().message.startsWith(QStringLiteral("in.csv:2:3: missing value in column 2 \"b\"")),
                     qPrintable(dataset.error().message));
            return;
        }
        QVERIFY2(dataset.ok(), qPrintable(dataset.ok() ? QString() : dataset.error().message));
        QCOMPARE(dataset->rowCount(), qint64(rows));
        QCOMPARE(dataset->columnNames(), names);
        QStringList cells;
        for (qsizetype c = 0; c < dataset->columnCount(); ++c) {
            const bool text = dataset->columnType(c) == Dataset::ColumnType::Text;
            QCOMPARE(text, textColumns.at(c) == QLatin1Char('T'));
            cells.append(text ? dataset->text(c).at(0) : QString::number(dataset->numeric(c)(0), 'g', QLocale::FloatingPointShortest));
            if (text)
                QCOMPARE(dataset->text(c).size(), qsizetype(rows));
            else
                QCOMPARE(dataset->numeric(c).size(), qint64(rows));
        }
        QCOMPARE(cells.join(QLatin1Char('|')), firstCells);
    }

    void textAfterNumbersKeepsOriginalText()
    {
        auto dataset = CsvReader().parse(QByteArrayView("a,b\n1.50,1\n2,2\nthree,3\n"), QStringLiteral("in.csv"));
        QVERIFY(dataset.ok());
        QCOMPARE(dataset->text(0), (QStringList{QStringLiteral("1.50"), QStringLiteral("2"), QStringLiteral("three")}));
        QCOMPARE(dataset->numeric(1)(2), 3.0);
    }

    void reportsErrorsWithPosition_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("allNumeric");
        QTest::addColumn<QStringList>("numericColumns");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QStringList none;
        QTest::newRow("missing value (empty)") << QByteArray("a,b\n1,2\n3,\n") << true << none << 3 << 3
                                               << QStringLiteral("missing value in column 2 \"b\"");
        QTest::newRow("missing value (NA)") << QByteArray("a,b\n1,NA\n") << true << none << 2 << 3
                                            << QStringLiteral("missing value in column 2 \"b\"");
        QTest::newRow("missing value, inferred") << QByteArray("a,b\n1,2\n,4\n5,\n") << false << none << 3 << 1
                                                 << QStringLiteral("missing value in column 1 \"a\"");
        QTest::newRow("too few fields") << QByteArray("a,b,c\n1,2,3\n4,5\n") << true << none << 3 << 4
                                        << QStringLiteral("the row has 2 fields, the header has 3");
        QTest::newRow("too many fields") << QByteArray("a,b\n1,2,3,4\n") << true << none << 2 << 5
                                         << QStringLiteral("the row has 4 fields, the header has 2");
        QTest::newRow("non-numeric cell") << QByteArray("a,b\n1,2\n3,x1\n") << true << none << 3 << 3
                                          << QStringLiteral("\"x1\" in column 2 \"b\" is not a number");
        QTest::newRow("non-numeric in a required column") << QByteArray("a,b\n1,2\n3,4 5\n") << false << QStringList{QStringLiteral("b")}
                                                          << 3 << 3 << QStringLiteral("\"4 5\" in column 2 \"b\" is not a number");
        QTest::newRow("required column absent") << QByteArray("a,b\n1,2\n") << false << QStringList{QStringLiteral("Y")} << 1 << 3
                                                << QStringLiteral("the header has no column \"Y\"");
        QTest::newRow("not finite") << QByteArray("a\n1\ninf\n") << false << none << 3 << 1
                                    << QStringLiteral("\"inf\" in column 1 \"a\" is not a finite number");
        QTest::newRow("out of range") << QByteArray("a\n1e999\n") << true << none << 2 << 1
                                      << QStringLiteral("\"1e999\" in column 1 \"a\" is not a finite number");
        QTest::newRow("empty file") << QByteArray() << true << none << 1 << 1 << QStringLiteral("empty file");
        QTest::newRow("only blank lines") << QByteArray("\n\r\n") << true << none << 1 << 1 << QStringLiteral("empty file");
        QTest::newRow("header only") << QByteArray("a,b\n") << true << none << 2 << 1 << QStringLiteral("no data rows after the header");
        QTest::newRow("header only, no newline") << QByteArray("a,b") << true << none << 2 << 1 << QStringLiteral("no data rows after the header");
        QTest::newRow("header and blank lines") << QByteArray("a,b\r\n\r\n") << true << none << 2 << 1
                                                << QStringLiteral("no data rows after the header");
        QTest::newRow("duplicate header") << QByteArray("a,b,a\n1,2,3\n") << true << none << 1 << 5
                                          << QStringLiteral("duplicate column name \"a\" in the header (column 1 and column 3)");
        QTest::newRow("empty header name") << QByteArray("a,,c\n1,2,3\n") << true << none << 1 << 3
                                           << QStringLiteral("empty column name in the header (column 2)");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"2\n3,4\n") << true << none << 2 << 3
                                            << QStringLiteral("unterminated quoted field");
        QTest::newRow("junk after quote") << QByteArray("a,b\n1,\"2\"x\n") << true << none << 2 << 6
                                          << QStringLiteral("unexpected character 'x' after the closing quote");
        QTest::newRow("CRLF line numbers") << QByteArray("a,b\r\n1,2\r\n3,\r\n") << true << none << 3 << 3
                                           << QStringLiteral("missing value in column 2 \"b\"");
        QTest::newRow("lines inside quotes count") << QByteArray("a,b\n\"x\ny\",1\nz,\n") << false << none << 4 << 3
                                                   << QStringLiteral("missing value in column 2 \"b\"");
        QTest::newRow("quoted comma, numbers required") << QByteArray("a,b\n\"1,5\",2\n") << true << none << 2 << 1
                                                        << QStringLiteral("\"1,5\" in column 1 \"a\" is not a number");
        QTest::newRow("column counts characters") << QByteArray("name,b\n\"\xC3\xA9\",\n") << false << none << 2 << 5
                                                  << QStringLiteral("missing value in column 2 \"b\"");
    }
    void reportsErrorsWithPosition()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, allNumeric);
        QFETCH(QStringList, numericColumns);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        CsvReadOptions options;
        options.types = allNumeric ? CsvReadOptions::Types::AllNumeric : CsvReadOptions::Types::Infer;
        options.numericColumns = numericColumns;
        Diagnostic diagnostic;
        auto dataset = CsvReader(options).parse(input, QStringLiteral("bad.csv"), &diagnostic);
        QVERIFY(!dataset.ok());
        QCOMPARE(dataset.error().code, ErrorCode::InvalidInput);
        const QString prefix = QStringLiteral("bad.csv:%1:%2: ").arg(line).arg(column);
        QVERIFY2(dataset.error().message.startsWith(prefix + message), qPrintable(dataset.error().message));
        QCOMPARE(diagnostic.file, QStringLiteral("bad.csv"));
        QCOMPARE(diagnostic.line, line);
        QCOMPARE(diagnostic.column, column);
        QCOMPARE(diagnostic.severity, Diagnostic::Severity::Error);
        QVERIFY(diagnostic.message.startsWith(message));
    }

    void everyTruncationFailsCleanlyOrParses()
    {
        // Each prefix of a file with quotes, CRLF, text and a BOM: a dataset, or an error
        // located as "in.csv:<line>:<column>: ", never a crash or a half-built result.
        const QByteArray full("\xEF\xBB\xBF" "id,\"na,me\",v\r\n1,\"a \"\"b\"\"\r\nc\",2.5\r\n2,x,-1e3\r\n\r\n3,\"\",4\n");
        const QRegularExpression located(QStringLiteral("^in\\.csv:[1-9][0-9]*:[1-9][0-9]*: "));
        for (qsizetype length = 0; length <= full.size(); ++length) {
            auto dataset = CsvReader().parse(QByteArrayView(full).first(length), QStringLiteral("in.csv"));
            if (dataset.ok()) {
                QVERIFY(dataset->rowCount() > 0);
                QCOMPARE(dataset->columnCount(), qsizetype(3));
            } else {
                QVERIFY2(located.match(dataset.error().message).hasMatch(), qPrintable(dataset.error().message));
            }
        }
        auto whole = CsvReader().parse(full, QStringLiteral("in.csv"));
        QVERIFY(whole.ok());
        QCOMPARE(whole->rowCount(), 3);
        QCOMPARE(whole->text(1), (QStringList{QStringLiteral("a \"b\"\r\nc"), QStringLiteral("x"), QString()}));
    }

    void missingFileIsNotFound()
    {
        Diagnostic diagnostic;
        auto dataset = CsvReader().readFile(QStringLiteral("/nonexistent/x.csv"), &diagnostic);
        QVERIFY(!dataset.ok());
        QCOMPARE(dataset.error().code, ErrorCode::NotFound);
        QVERIFY(dataset.error().message.startsWith(QStringLiteral("/nonexistent/x.csv: cannot open the file")));
        QCOMPARE(diagnostic.file, QStringLiteral("/nonexistent/x.csv"));
    }

    void errorsInFilesNameTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,2\n3,?\n");
        file.close();
        auto dataset = CsvReader(CsvReadOptions{CsvReadOptions::Types::AllNumeric, {}, ',', false, {}, nullptr}).readFile(path);
        QVERIFY(!dataset.ok());
        QVERIFY2(dataset.error().message.startsWith(path + QStringLiteral(":3:3: \"?\" in column 2 \"b\" is not a number")),
                 qPrintable(dataset.error().message));
    }

    void otherDelimiter()
    {
        CsvReadOptions options;
        options.delimiter = ';';
        auto dataset = CsvReader(options).parse(QByteArrayView("a;b\n1,5;2\n"), QStringLiteral("in.csv"));
        QVERIFY(dataset.ok());
        QCOMPARE(dataset->text(0).at(0), QStringLiteral("1,5"));
        QCOMPARE(dataset->numeric(1)(0), 2.0);
    }

    void progressIsMonotonicAndEndsAtTotal()
    {
        const QByteArray data = generatedCsv(200000, 6);
        QList<QPair<qint64, qint64>> calls;
        CsvReadOptions options;
        options.progress = [&](qint64 done, qint64 total) { calls.append({done, total}); };
        auto dataset = CsvReader(options).parse(data, QStringLiteral("gen.csv"));
        QVERIFY(dataset.ok());
        QCOMPARE(dataset->rowCount(), 200000);
        QVERIFY(!calls.isEmpty());
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        QCOMPARE(calls.last().first, qint64(data.size()));
        QCOMPARE(calls.last().second, qint64(data.size()));
    }

    void cancelBeforeStart()
    {
        std::atomic_bool cancel{true};
        CsvReadOptions options;
        options.cancel = &cancel;
        auto dataset = CsvReader(options).parse(QByteArrayView("a\n1\n"), QStringLiteral("in.csv"));
        QVERIFY(!dataset.ok());
        QCOMPARE(dataset.error().code, ErrorCode::Unavailable);
        QCOMPARE(dataset.error().message, QStringLiteral("in.csv: reading cancelled"));
    }

    void cancelMidRead()
    {
        // A real file, read through the memory map; cancelled from the progress callback
        // once a part is read: the read stops early and returns no dataset.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        const QByteArray data = generatedCsv(300000, 8);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
        file.close();

        std::atomic_bool cancel{false};
        qint64 lastDone = 0;
        CsvReadOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64) {
            lastDone = done;
            if (done > 0)
                cancel = true;
        };
        auto dataset = CsvReader(options).readFile(path);
        QVERIFY(!dataset.ok());
        QCOMPARE(dataset.error().code, ErrorCode::Unavailable);
        QCOMPARE(dataset.error().message, path + QStringLiteral(": reading cancelled"));
        QVERIFY(lastDone > 0);
        QVERIFY(lastDone < data.size());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
