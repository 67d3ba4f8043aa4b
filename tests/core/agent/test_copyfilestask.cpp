// CopyFilesTask: minimatch pattern selection and the CopyFiles@2 inputs (required
// TargetFolder, CleanTargetFolder, OverWrite, flattenFolders) on temporary folders.

#include "core/agent/copyfilestask.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using agent::CopyFilesTask;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestCopyFilesTask : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    // A fresh source tree: a.txt, b.log, .hidden, docs/readme.md, docs/x.txt, src/lib/m.cpp, src/lib/m.h
    QString makeSource()
    {
        const QString source = m_root.filePath(QStringLiteral("src%1").arg(++m_counter));
        const QStringList files{QStringLiteral("a.txt"), QStringLiteral("b.log"), QStringLiteral(".hidden"),
                                QStringLiteral("docs/readme.md"), QStringLiteral("docs/x.txt"),
                                QStringLiteral("src/lib/m.cpp"), QStringLiteral("src/lib/m.h")};
        for (const QString &file : files)
            writeFile(QDir(source).filePath(file), file.toUtf8());
        return source;
    }

private Q_SLOTS:
    void selectFiles_data()
    {
        QTest::addColumn<QString>("contents");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QStringLiteral("**")
                             << QStringList{QStringLiteral(".hidden"), QStringLiteral("a.txt"), QStringLiteral("b.log"),
                                            QStringLiteral("docs/readme.md"), QStringLiteral("docs/x.txt"),
                                            QStringLiteral("src/lib/m.cpp"), QStringLiteral("src/lib/m.h")};
        QTest::newRow("star top level only") << QStringLiteral("*.txt") << QStringList{QStringLiteral("a.txt")};
        QTest::newRow("globstar any depth") << QStringLiteral("**/*.txt")
                                            << QStringList{QStringLiteral("a.txt"), QStringLiteral("docs/x.txt")};
        QTest::newRow("question mark") << QStringLiteral("src/lib/m.?")
                                       << QStringList{QStringLiteral("src/lib/m.h")};
        QTest::newRow("folder globstar") << QStringLiteral("src/**")
                                         << QStringList{QStringLiteral("src/lib/m.cpp"), QStringLiteral("src/lib/m.h")};
        QTest::newRow("negation") << QStringLiteral("**\n!**/*.txt\n!.hidden")
                                  << QStringList{QStringLiteral("b.log"), QStringLiteral("docs/readme.md"),
                                                 QStringLiteral("src/lib/m.cpp"), QStringLiteral("src/lib/m.h")};
        QTest::newRow("only negation") << QStringLiteral("!**/m.*\n!docs/**")
                                       << QStringList{QStringLiteral(".hidden"), QStringLiteral("a.txt"),
                                                      QStringLiteral("b.log")};
        QTest::newRow("later include re-adds") << QStringLiteral("**/*.txt\n!docs/**\ndocs/x.txt")
                                               << QStringList{QStringLiteral("a.txt"), QStringLiteral("docs/x.txt")};
        QTest::newRow("braces and blank lines") << QStringLiteral("\n*.{txt,log}\n\n")
                                                << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.log")};
        QTest::newRow("star does not cross folders") << QStringLiteral("src/*") << QStringList{};
    }

    void selectFiles()
    {
        QFETCH(QString, contents);
        QFETCH(QStringList, expected);
        const QString source = makeSource();
        QCOMPARE(CopyFilesTask::selectFiles(source, contents.split(QLatin1Char('\n'))), expected);
    }

    void requiredTargetFolderMissing()
    {
        const QString source = makeSource();
        Result<QStringList> result = CopyFilesTask::run({{QStringLiteral("SourceFolder"), source}}, source);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(QStringLiteral("'TargetFolder'")), qPrintable(result.error().message));
    }

    void missingSourceFolderIsNamed()
    {
        const QString missing = m_root.filePath(QStringLiteral("does-not-exist"));
        Result<QStringList> result = CopyFilesTask::run(
            {{QStringLiteral("SourceFolder"), missing}, {QStringLiteral("TargetFolder"), m_root.filePath(QStringLiteral("t"))}},
            m_root.path());
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(missing));
    }

    void copiesKeepingFoldersAndLogsEachFile()
    {
        const QString source = makeSource();
        const QString target = m_root.filePath(QStringLiteral("out%1").arg(m_counter));
        Result<QStringList> result = CopyFilesTask::run({{QStringLiteral("Contents"), QStringLiteral("**/*.txt\n**/*.h")},
                                                         {QStringLiteral("TargetFolder"), target}},
                                                        source);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(readFile(target + QStringLiteral("/docs/x.txt")), QByteArray("docs/x.txt"));
        QCOMPARE(readFile(target + QStringLiteral("/src/lib/m.h")), QByteArray("src/lib/m.h"));
        QVERIFY(!QFile::exists(target + QStringLiteral("/b.log")));
        const QString joined = result->join(QLatin1Char('\n'));
        QVERIFY2(joined.contains(QStringLiteral("Copying %1/a.txt to %2/a.txt").arg(source, target)), qPrintable(joined));
        QCOMPARE(joined.count(QStringLiteral("Copying ")), 3);
    }

    void relativeTargetIsUnderTheDefaultFolder()
    {
        const QString source = makeSource();
        Result<QStringList> result = CopyFilesTask::run({{QStringLiteral("Contents"), QStringLiteral("a.txt")},
                                                         {QStringLiteral("TargetFolder"), QStringLiteral("staging")}},
                                                        source);
        QVERIFY(result.ok());
        QVERIFY(QFile::exists(source + QStringLiteral("/staging/a.txt")));
    }

    void cleanOverwriteFlatten_data()
    {
        QTest::addColumn<bool>("clean");
        QTest::addColumn<bool>("overwrite");
        QTest::addColumn<bool>("flatten");
        QTest::newRow("defaults") << false << false << false;
        QTest::newRow("clean") << true << false << false;
        QTest::newRow("overwrite") << false << true << false;
        QTest::newRow("flatten") << false << false << true;
        QTest::newRow("all") << true << true << true;
    }

    void cleanOverwriteFlatten()
    {
        QFETCH(bool, clean);
        QFETCH(bool, overwrite);
        QFETCH(bool, flatten);
        const QString source = makeSource();
        const QString target = m_root.filePath(QStringLiteral("out%1").arg(m_counter));
        writeFile(target + QStringLiteral("/stale.bin"), "stale");
        writeFile(target + QStringLiteral("/old/folder/f"), "old");
        const QString existing = flatten ? QStringLiteral("/readme.md") : QStringLiteral("/docs/readme.md");
        writeFile(target + existing, "previous");
        auto flag = [](bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); };
        Result<QStringList> result = CopyFilesTask::run({{QStringLiteral("Contents"), QStringLiteral("docs/**\nsrc/**/*.cpp")},
                                                         {QStringLiteral("TargetFolder"), target},
                                                         {QStringLiteral("CleanTargetFolder"), flag(clean)},
                                                         {QStringLiteral("OverWrite"), flag(overwrite)},
                                                         {QStringLiteral("flattenFolders"), flag(flatten)}},
                                                        source);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(QFile::exists(target + QStringLiteral("/stale.bin")), !clean);
        QCOMPARE(QFile::exists(target + QStringLiteral("/old/folder/f")), !clean);
        QCOMPARE(readFile(target + existing), clean || overwrite ? QByteArray("docs/readme.md") : QByteArray("previous"));
        if (!clean && !overwrite)
            QVERIFY(result->join(QLatin1Char('\n')).contains(QStringLiteral("already exists")));
        const QString cpp = flatten ? QStringLiteral("/m.cpp") : QStringLiteral("/src/lib/m.cpp");
        QCOMPARE(readFile(target + cpp), QByteArray("src/lib/m.cpp"));
        QCOMPARE(QFileInfo::exists(target + QStringLiteral("/src")), !flatten);
        QCOMPARE(QFileInfo::exists(target + QStringLiteral("/x.txt")), flatten);
    }
};

QTEST_GUILESS_MAIN(TestCopyFilesTask)
#include "test_copyfilestask.moc"
