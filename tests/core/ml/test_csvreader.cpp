// CsvReader: the diabetes file, RFC 4180 details (quotes, CRLF, BOM, blank lines), type
// inference, every error with its line and column, progress and cancel. Each input is read
// serially (one thread) and by the chunked reader on two threads with tiny chunks (a chunk
// per line or so), which must give the same result and the same first error.
#include "core/ml/csvreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdlib>
#include <cstring>

using namespace mlops;
using namespace mlops::ml;

namespace {

QString diabetesPath() { return QStringLiteral(MLOPS_SOURCE_DIR "/resources/sample/data/diabetes.csv"); }

// How a test reads: serially, or in chunks of about `chunkBytes` on two threads.
struct ReadMode {
    const char *name;
    int threads;
    qint64 chunkBytes;
};
constexpr ReadMode kModes[] = {{"serial", 1, 0}, {"chunks of 1", 2, 1}, {"chunks of 7", 2, 7}};

CsvReadOptions withMode(CsvReadOptions options, const ReadMode &mode)
{
    options.threads = mode.threads;
    options.chunkBytes = mode.chunkBytes;
    return options;
}

// A numeric CSV of `rows` rows and `columns` columns, deterministic (made once per shape).
QByteArray generatedCsv(int rows, int columns)
{
    static QHash<QPair<int, int>, QByteArray> made;
    QByteArray &data = made[qMakePair(rows, columns)];
    if (!data.isEmpty())
        return data;
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

// A mixed CSV: an id, a text column with quotes, commas and line breaks in some cells,
// numbers of many shapes, blank lines and CRLF here and there; deterministic.
QByteArray mixedCsv(int rows, bool withQuotes)
{
    QByteArray data("id,label,x,y,z\n");
    quint64 state = 12345;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 33;
    };
    for (int r = 0; r < rows; ++r) {
        data += QByteArray::number(r) + ',';
        const quint64 kind = next() % 10;
        if (withQuotes && kind == 0)
            data += "\"a, \"\"quoted\"\"\nlabel " + QByteArray::number(r) + '"';
        else
            data += "label" + QByteArray::number(next() % 100);
        data += ',' + QByteArray::number(double(next()) / 1e6 - 1000.0, 'g', int(next() % 17) + 1);
        data += ',' + QByteArray::number(double(next()) * 1e-12, 'e', int(next() % 16));
        data += ',' + QByteArray::number(qint64(next() % 2000) - 1000);
        data += next() % 7 == 0 ? "\r\n" : "\n";
        if (next() % 13 == 0)
            data += '\n';
    }
    return data;
}

// Bit-identical datasets (numbers compared as bits, NaN included).
bool sameDataset(const Dataset &a, const Dataset &b, QString &why)
{
    if (a.columnNames() != b.columnNames() || a.rowCount() != b.rowCount()) {
        why = QStringLiteral("shape differs");
        return false;
    }
    for (qsizetype c = 0; c < a.columnCount(); ++c) {
        if (a.columnType(c) != b.columnType(c)) {
            why = QStringLiteral("type of column %1 differs").arg(c);
            return false;
        }
        if (a.columnType(c) == Dataset::ColumnType::Text) {
            if (a.text(c) != b.text(c)) {
                why = QStringLiteral("text of column %1 differs").arg(c);
                return false;
            }
            continue;
        }
        if (std::memcmp(a.numeric(c).data(), b.numeric(c).data(), std::size_t(a.rowCount()) * sizeof(double)) != 0) {
            why = QStringLiteral("numbers of column %1 differ").arg(c);
            return false;
        }
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsDiabetes_data()
    {
        QTest::addColumn<int>("mode");
        for (int m = 0; m < 3; ++m)
            QTest::newRow(kModes[m].name) << m;
    }
    void readsDiabetes()
    {
        QFETCH(int, mode);
        CsvReadOptions options;
        options.types = CsvReadOptions::Types::AllNumeric;
        options.computeSha256 = true;
        auto dataset = CsvReader(withMode(options, kModes[mode])).readFile(diabetesPath());
        QVERIFY2(dataset.ok(), qPrintable(dataset.ok() ? QString() : dataset.error().message));
        QCOMPARE(dataset->rowCount(), 442);
        QCOMPARE(dataset->columnNames(), QString::fromLatin1("AGE,SEX,BMI,BP,S1,S2,S3,S4,S5,S6,Y").split(QLatin1Char(',')));
        for (qsizetype c = 0; c < dataset->columnCount(); ++c)
            QCOMPARE(dataset->columnType(c), Dataset::ColumnType::Numeric);
        QFile file(diabetesPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(dataset->sha256(), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(dataset->sourceName(), diabetesPath());
        // Every cell is the double strtod gives for its text, bit for bit.
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 443);
        for (qsizetype r = 1; r < lines.size(); ++r) {
            const QList<QByteArray> cells = lines.at(r).trimmed().split(',');
            QCOMPARE(cells.size(), qsizetype(11));
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const double expected = std::strtod(cells.at(c).constData(), nullptr);
                const double actual = dataset->numeric(c)(r - 1);
                QVERIFY2(std::memcmp(&expected, &actual, sizeof expected) == 0, cells.at(c).constData());
            }
        }

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
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("textColumns");  // the column types, N or T per column
        QTest::addColumn<QString>("lastCells");    // the last row as text, numbers in %g, '|' separated

        struct Case {
            const char *name;
            QByteArray input;
            int rows;
            QStringList names;
            QString types;
            QString lastCells;
        };
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        const Case cases[] = {
            {"plain", QByteArray("a,b\n1,2\n3,4\n"), 2, ab, QStringLiteral("NN"), QStringLiteral("3|4")},
            {"CRLF", QByteArray("a,b\r\n1,2\r\n3,4\r\n"), 2, ab, QStringLiteral("NN"), QStringLiteral("3|4")},
            {"lone CR line ends", QByteArray("a,b\r1,2\r3,4\r"), 2, ab, QStringLiteral("NN"), QStringLiteral("3|4")},
            {"lone CR among LF", QByteArray("a,b\n1,2\r3,4\n5,6\r7,8\n"), 4, ab, QStringLiteral("NN"), QStringLiteral("7|8")},
            {"no final newline", QByteArray("a,b\n1,2\n3,4"), 2, ab, QStringLiteral("NN"), QStringLiteral("3|4")},
            {"quoted comma makes text", QByteArray("a,b\n1,2\n\"1,5\",2\n"), 2, ab, QStringLiteral("TN"), QStringLiteral("1,5|2")},
            {"quoted number stays numeric", QByteArray("a,b\n1,2\n\"1.5\",2\n"), 2, ab, QStringLiteral("NN"), QStringLiteral("1.5|2")},
            {"escaped quotes and newline", QByteArray("a,b\n1,1\n\"say \"\"hi\"\"\nthere\",2\n"), 2, ab, QStringLiteral("TN"),
             QStringLiteral("say \"hi\"\nthere|2")},
            {"newlines in quotes across chunks", QByteArray("a,b\nx,1\n\"1\n2\n3,4\n5\",2\n6,3\n"), 3, ab, QStringLiteral("TN"),
             QStringLiteral("6|3")},
            {"quoted header", QByteArray("\"x,1\",\"y\"\"\"\n1,2\n"), 1, QStringList{QStringLiteral("x,1"), QStringLiteral("y\"")},
             QStringLiteral("NN"), QStringLiteral("1|2")},
            {"BOM and blank lines", QByteArray("\xEF\xBB\xBF"
                                               "a\n\n1\n\r\n2\n\n"),
             2, QStringList{QStringLiteral("a")}, QStringLiteral("N"), QStringLiteral("2")},
            {"blanks, sign, exponent", QByteArray("a,b,c\n 1.5 ,+2,-3e-2\n"), 1, QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
             QStringLiteral("NNN"), QStringLiteral("1.5|2|-0.03")},
            {"text column keeps NA", QByteArray("a,b\nx,1\nNA,2\n,3\n"), 3, ab, QStringLiteral("TN"), QStringLiteral("|3")},
            {"text after numbers", QByteArray("a,b\n1,1\n2,2\nthree,3\n4,4\n"), 4, ab, QStringLiteral("TN"), QStringLiteral("4|4")},
            {"inf in a column that became text", QByteArray("a,b\n1,2\nfoo,3\ninf,4\n"), 3, ab, QStringLiteral("TN"), QStringLiteral("inf|4")},
            {"missing then text", QByteArray("a,b\n1,2\n,3\nx,4\n"), 3, ab, QStringLiteral("TN"), QStringLiteral("x|4")},
        };
        for (const Case &c : cases) {
            for (int m = 0; m < 3; ++m)
                QTest::addRow("%s (%s)", c.name, kModes[m].name) << c.input << m << c.rows << c.names << c.types << c.lastCells;
        }
    }
    void parsesValidInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, mode);
        QFETCH(int, rows);
        QFETCH(QStringList, names);
        QFETCH(QString, textColumns);
        QFETCH(QString, lastCells);
        auto dataset = CsvReader(withMode({}, kModes[mode])).parse(input, QStringLiteral("in.csv"));
        QVERIFY2(dataset.ok(), qPrintable(dataset.ok() ? QString() : dataset.error().message));
        QCOMPARE(dataset->rowCount(), qint64(rows));
        QCOMPARE(dataset->columnNames(), names);
        QStringList cells;
        for (qsizetype c = 0; c < dataset->columnCount(); ++c) {
            const bool text = dataset->columnType(c) == Dataset::ColumnType::Text;
            QCOMPARE(text, textColumns.at(c) == QLatin1Char('T'));
            cells.append(text ? dataset->text(c).last()
                              : QString::number(dataset->numeric(c)(rows - 1), 'g', QLocale::FloatingPointShortest));
            if (text)
                QCOMPARE(dataset->text(c).size(), qsizetype(rows));
            else
                QCOMPARE(dataset->numeric(c).size(), qint64(rows));
        }
        QCOMPARE(cells.join(QLatin1Char('|')), lastCells);
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
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("allNumeric");
        QTest::addColumn<QStringList>("numericColumns");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        struct Case {
            const char *name;
            QByteArray input;
            bool allNumeric;
            QStringList numericColumns;
            int line;
            int column;
            const char *message;
        };
        const QStringList none;
        const Case cases[] = {
            {"missing value (empty)", QByteArray("a,b\n1,2\n3,\n"), true, none, 3, 3, "missing value in column 2 \"b\""},
            {"missing value (NA)", QByteArray("a,b\n1,NA\n"), true, none, 2, 3, "missing value in column 2 \"b\""},
            {"missing value, inferred", QByteArray("a,b\n1,2\n,4\n5,\n"), false, none, 3, 1, "missing value in column 1 \"a\""},
            {"missing values, the first in the file", QByteArray("a,b\n1,2\n3,4\n5,\n,8\n"), false, none, 4, 3, "missing value in column 2 \"b\""},
            {"too few fields", QByteArray("a,b,c\n1,2,3\n4,5\n"), true, none, 3, 4, "the row has 2 fields, the header has 3"},
            {"too many fields", QByteArray("a,b\n1,2,3,4\n"), true, none, 2, 5, "the row has 4 fields, the header has 2"},
            {"non-numeric cell", QByteArray("a,b\n1,2\n3,x1\n"), true, none, 3, 3, "\"x1\" in column 2 \"b\" is not a number"},
            {"the earliest of several errors", QByteArray("a,b\n1,2\n3,4\n5,x\n7,8\n9,\n1,2,3\n"), true, none, 4, 3,
             "\"x\" in column 2 \"b\" is not a number"},
            {"an error after many good rows", QByteArray("a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n13\n15,16\n"), true, none, 8, 3,
             "the row has 1 fields, the header has 2"},
            {"non-numeric in a required column", QByteArray("a,b\n1,2\n3,4 5\n"), false, QStringList{QStringLiteral("b")}, 3, 3,
             "\"4 5\" in column 2 \"b\" is not a number"},
            {"required column absent", QByteArray("a,b\n1,2\n"), false, QStringList{QStringLiteral("Y")}, 1, 3, "the header has no column \"Y\""},
            {"not finite", QByteArray("a\n1\ninf\n"), false, none, 3, 1, "\"inf\" in column 1 \"a\" is not a finite number"},
            {"out of range", QByteArray("a\n1e999\n"), true, none, 2, 1, "\"1e999\" in column 1 \"a\" is not a finite number"},
            {"empty file", QByteArray(), true, none, 1, 1, "empty file"},
            {"only blank lines", QByteArray("\n\r\n"), true, none, 1, 1, "empty file"},
            {"header only", QByteArray("a,b\n"), true, none, 2, 1, "no data rows after the header"},
            {"header only, no newline", QByteArray("a,b"), true, none, 2, 1, "no data rows after the header"},
            {"header and blank lines", QByteArray("a,b\r\n\r\n"), true, none, 2, 1, "no data rows after the header"},
            {"duplicate header", QByteArray("a,b,a\n1,2,3\n"), true, none, 1, 5, "duplicate column name \"a\" in the header (column 1 and column 3)"},
            {"empty header name", QByteArray("a,,c\n1,2,3\n"), true, none, 1, 3, "empty column name in the header (column 2)"},
            {"header not UTF-8", QByteArray("a,b\xff\n1,2\n"), true, none, 1, 3, "the name of column 2 in the header is not valid UTF-8"},
            {"unterminated quote", QByteArray("a,b\n1,\"2\n3,4\n"), true, none, 2, 3, "unterminated quoted field"},
            {"unterminated quote in a later row", QByteArray("a,b\n1,2\n3,4\n5,\"6\n7,8\n"), true, none, 4, 3, "unterminated quoted field"},
            {"junk after quote", QByteArray("a,b\n1,\"2\"x\n"), true, none, 2, 6, "unexpected character 'x' after the closing quote"},
            {"CRLF line numbers", QByteArray("a,b\r\n1,2\r\n3,\r\n"), true, none, 3, 3, "missing value in column 2 \"b\""},
            {"lines inside quotes count", QByteArray("a,b\n\"x\ny\",1\nz,\n"), false, none, 4, 3, "missing value in column 2 \"b\""},
            {"lines inside quotes count, later", QByteArray("a,b\n1,2\n\"x\ny\",1\nz,\n"), false, none, 5, 3, "missing value in column 2 \"b\""},
            {"blank lines count", QByteArray("a,b\n1,2\n\n\n3,4\n\n5,x\n"), true, none, 7, 3, "\"x\" in column 2 \"b\" is not a number"},
            {"quoted comma, numbers required", QByteArray("a,b\n\"1,5\",2\n"), true, none, 2, 1, "\"1,5\" in column 1 \"a\" is not a number"},
            {"column counts characters", QByteArray("name,b\n\"\xC3\xA9\",\n"), false, none, 2, 5, "missing value in column 2 \"b\""},
            {"not finite after a missing value", QByteArray("a,b\n1,\n2,3\n-inf,4\n"), false, none, 4, 1,
             "\"-inf\" in column 1 \"a\" is not a finite number"},
        };
        for (const Case &c : cases) {
            for (int m = 0; m < 3; ++m)
                QTest::addRow("%s (%s)", c.name, kModes[m].name)
                    << c.input << m << c.allNumeric << c.numericColumns << c.line << c.column << QString::fromUtf8(c.message);
        }
    }
    void reportsErrorsWithPosition()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, mode);
        QFETCH(bool, allNumeric);
        QFETCH(QStringList, numericColumns);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        CsvReadOptions options;
        options.types = allNumeric ? CsvReadOptions::Types::AllNumeric : CsvReadOptions::Types::Infer;
        options.numericColumns = numericColumns;
        Diagnostic diagnostic;
        auto dataset = CsvReader(withMode(options, kModes[mode])).parse(input, QStringLiteral("bad.csv"), &diagnostic);
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
        // located as "in.csv:<line>:<column>: ", never a crash or a half-built result; the
        // chunked reader says the same as the serial one.
        const QByteArray full("\xEF\xBB\xBF"
                              "id,\"na,me\",v\r\n1,\"a \"\"b\"\"\r\nc\",2.5\r\n2,x,-1e3\r\n\r\n3,\"\",4\n");
        const QRegularExpression located(QStringLiteral("^in\\.csv:[1-9][0-9]*:[1-9][0-9]*: "));
        for (qsizetype length = 0; length <= full.size(); ++length) {
            const QByteArrayView input = QByteArrayView(full).first(length);
            auto dataset = CsvReader(withMode({}, kModes[0])).parse(input, QStringLiteral("in.csv"));
            if (dataset.ok()) {
                QVERIFY(dataset->rowCount() > 0);
                QCOMPARE(dataset->columnCount(), qsizetype(3));
            } else {
                QVERIFY2(located.match(dataset.error().message).hasMatch(), qPrintable(dataset.error().message));
            }
            for (int m = 1; m < 3; ++m) {
                auto chunked = CsvReader(withMode({}, kModes[m])).parse(input, QStringLiteral("in.csv"));
                QCOMPARE(chunked.ok(), dataset.ok());
                QString why;
                if (dataset.ok())
                    QVERIFY2(sameDataset(*dataset, *chunked, why), qPrintable(why));
                else
                    QCOMPARE(chunked.error().message, dataset.error().message);
            }
        }
        auto whole = CsvReader().parse(full, QStringLiteral("in.csv"));
        QVERIFY(whole.ok());
        QCOMPARE(whole->rowCount(), 3);
        QCOMPARE(whole->text(1), (QStringList{QStringLiteral("a \"b\"\r\nc"), QStringLiteral("x"), QString()}));
    }

    void chunkedEqualsSerial_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("allNumeric");
        QTest::newRow("numbers") << generatedCsv(3000, 6) << true;
        QTest::newRow("numbers, CRLF") << QByteArray(generatedCsv(3000, 6)).replace("\n", "\r\n") << true;
        QTest::newRow("numbers, no final line break") << generatedCsv(3000, 6).chopped(1) << true;
        QTest::newRow("text, numbers, CRLF, blank lines") << mixedCsv(3000, false) << false;
        QTest::newRow("the same with quoted line breaks") << mixedCsv(3000, true) << false;
    }
    void chunkedEqualsSerial()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, allNumeric);
        CsvReadOptions options;
        options.types = allNumeric ? CsvReadOptions::Types::AllNumeric : CsvReadOptions::Types::Infer;
        auto serial = CsvReader(withMode(options, kModes[0])).parse(input, QStringLiteral("in.csv"));
        QVERIFY2(serial.ok(), qPrintable(serial.ok() ? QString() : serial.error().message));
        QVERIFY(serial->rowCount() >= 3000);
        for (const qint64 chunk : {1, 100, 4096, 65536}) {
            for (const int threads : {2, 3}) {
                options.threads = threads;
                options.chunkBytes = chunk;
                auto chunked = CsvReader(options).parse(input, QStringLiteral("in.csv"));
                QVERIFY2(chunked.ok(), qPrintable(chunked.ok() ? QString() : chunked.error().message));
                QString why;
                QVERIFY2(sameDataset(*serial, *chunked, why), qPrintable(QStringLiteral("chunks of %1: %2").arg(chunk).arg(why)));
            }
        }
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
        QVERIFY(writeFile(path, "a,b\n1,2\n3,?\n"));
        CsvReadOptions options;
        options.types = CsvReadOptions::Types::AllNumeric;
        auto dataset = CsvReader(options).readFile(path);
        QVERIFY(!dataset.ok());
        QVERIFY2(dataset.error().message.startsWith(path + QStringLiteral(":3:3: \"?\" in column 2 \"b\" is not a number")),
                 qPrintable(dataset.error().message));
    }

    void otherDelimiter()
    {
        for (const ReadMode &mode : kModes) {
            CsvReadOptions options;
            options.delimiter = ';';
            auto dataset = CsvReader(withMode(options, mode)).parse(QByteArrayView("a;b\n1;1\n1,5;2\n"), QStringLiteral("in.csv"));
            QVERIFY(dataset.ok());
            QCOMPARE(dataset->text(0).at(1), QStringLiteral("1,5"));
            QCOMPARE(dataset->numeric(1)(1), 2.0);
        }
    }

    void progressIsMonotonicAndEndsAtTotal_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("sha256");
        QTest::addColumn<bool>("text");
        for (int m = 0; m < 3; m += 2) {
            QTest::addRow("%s", kModes[m].name) << m << false << false;
            QTest::addRow("%s, SHA-256", kModes[m].name) << m << true << false;
            QTest::addRow("%s, text pass and SHA-256", kModes[m].name) << m << true << true;
        }
    }
    void progressIsMonotonicAndEndsAtTotal()
    {
        QFETCH(int, mode);
        QFETCH(bool, sha256);
        QFETCH(bool, text);
        QByteArray data = generatedCsv(100000, 6);
        if (text)
            data += "x,1,2,3,4,5\n";  // column c0 becomes text at the end: a second pass
        QList<QPair<qint64, qint64>> calls;
        CsvReadOptions options = withMode({}, kModes[mode]);
        options.chunkBytes = options.chunkBytes ? 64 * 1024 : 0;  // many chunks, not millions
        options.computeSha256 = sha256;
        options.progress = [&](qint64 done, qint64 total) { calls.append({done, total}); };
        auto dataset = CsvReader(options).parse(data, QStringLiteral("gen.csv"));
        QVERIFY(dataset.ok());
        QCOMPARE(dataset->rowCount(), text ? 100001 : 100000);
        QVERIFY(!calls.isEmpty());
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QVERIFY(calls.at(i).first <= calls.at(i).second);
            if (i > 0) {
                QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
                QVERIFY(calls.at(i).second >= calls.at(i - 1).second);
            }
        }
        const qint64 passes = 1 + (sha256 ? 1 : 0) + (text ? 1 : 0);
        QCOMPARE(calls.last().first, passes * data.size());
        QCOMPARE(calls.last().second, passes * data.size());
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

    void cancelFromTheProgressCallback_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("chunkBytes");
        QTest::addColumn<bool>("duringHash");  // cancel once the rows are read, while hashing
        QTest::newRow("serial") << 1 << qint64(0) << false;
        QTest::newRow("chunks on 2 threads") << 2 << qint64(256 * 1024) << false;
        QTest::newRow("serial, during the SHA-256") << 1 << qint64(0) << true;
        QTest::newRow("chunks, during the SHA-256") << 2 << qint64(256 * 1024) << true;
    }
    void cancelFromTheProgressCallback()
    {
        // A real file, read through the memory map; cancelled from the progress callback
        // once a part is done: the read stops early and returns no dataset.
        QFETCH(int, threads);
        QFETCH(qint64, chunkBytes);
        QFETCH(bool, duringHash);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        const QByteArray data = generatedCsv(150000, 8);
        QVERIFY(writeFile(path, data));

        std::atomic_bool cancel{false};
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        CsvReadOptions options;
        options.threads = threads;
        options.chunkBytes = chunkBytes;
        options.computeSha256 = duringHash;
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            if (done > (duringHash ? data.size() : 0))
                cancel = true;
        };
        auto dataset = CsvReader(options).readFile(path);
        QVERIFY(!dataset.ok());
        QCOMPARE(dataset.error().code, ErrorCode::Unavailable);
        QCOMPARE(dataset.error().message, path + QStringLiteral(": reading cancelled"));
        QVERIFY(lastDone > 0);
        QVERIFY(lastDone < lastTotal);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
