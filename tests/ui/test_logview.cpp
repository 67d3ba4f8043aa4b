// LogViewer / LogView offscreen: a generated 200k-line log, scrolling, folding, search,
// timestamps, copy, keyboard selection, follow mode, empty state, and a rendered sample.
#include "core/logs/logdocument.h"
#include "ui/runs/logsearchbar.h"
#include "ui/runs/logview.h"
#include "ui/runs/logviewer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::ui;

namespace {

constexpr int kLines = 200000;

// Line i: a timestamp, then a group header every 500 lines (i % 500 == 0), its endgroup at
// i % 500 == 499, the rare string at 3 lines, errors and warnings, ANSI colours.
QByteArray lineText(int i)
{
    QByteArray ts = "2026-11-25T10:00:00." + QByteArray::number(i % 10000000).rightJustified(7, '0') + "Z ";
    if (i % 500 == 0)
        return ts + "##[group]Run step " + QByteArray::number(i / 500);
    if (i % 500 == 499)
        return ts + "##[endgroup]";
    if (i == 20001 || i == 100001 || i == 180001)
        return ts + "\x1b[31;1mFATAL\x1b[0m sentinel-7f3a: worker 7 lost heartbeat";
    if (i % 97 == 0)
        return ts + "##[error]Process completed with exit code 2.";
    if (i % 89 == 0)
        return ts + "##[warning]Step timed out, retrying";
    if (i % 7 == 0)
        return ts + "npm \x1b[33mWARN\x1b[39m deprecated left-pad@1.0." + QByteArray::number(i % 20);
    return ts + "[ 42%] Building CXX object src/mod" + QByteArray::number(i % 40) + "/file_" + QByteArray::number(i) + ".cpp.o";
}

bool writeLog(const QString &path, int lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf;
    for (int i = 0; i < lines; ++i) {
        buf += lineText(i);
        buf += '\n';
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return true;
}

bool waitIndexed(LogViewer &viewer, qint64 lines)
{
    return QTest::qWaitFor([&] { return !viewer.document()->isIndexing() && viewer.document()->lineCount() == lines; },
                           20000);
}

QAction *action(QWidget *w, const char *name)
{
    return w->findChild<QAction *>(QString::fromLatin1(name));
}

}  // namespace

class TestLogView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyState();
    void scrollToEndPaintsLastLines();
    void goToLine();
    void collapseGroupHidesLines();
    void searchFindsRareString();
    void searchRegexAndCase();
    void toggleTimestamps();
    void copySelection();
    void keyboardSelection();
    void followSeesAppendedLines();
    void saveLog();
    void renderSample();

private:
    QTemporaryDir m_dir;
    QString m_log;
};

void TestLogView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = m_dir.filePath(QStringLiteral("big.log"));
    QVERIFY(writeLog(m_log, kLines));
}

void TestLogView::emptyState()
{
    LogViewer viewer;
    viewer.resize(800, 500);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    const QImage shot = viewer.grab().toImage();
    QVERIFY(!shot.isNull());
    QCOMPARE(viewer.view()->lastPaintedFirstLine(), -1);
    QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("logStatus"))->text(), QStringLiteral("No log open"));
    const auto missing = viewer.openFile(m_dir.filePath(QStringLiteral("missing.log")));
    QVERIFY(!missing.ok());
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("logStatus"))->text().contains(QStringLiteral("missing.log")));
}

void TestLogView::scrollToEndPaintsLastLines()
{
    LogViewer viewer;
    viewer.resize(900, 600);
    viewer.show();
    QVERIFY(viewer.openFile(m_log).ok());
    QVERIFY(waitIndexed(viewer, kLines));
    LogView *view = viewer.findChild<LogView *>(QStringLiteral("logView"));
    QVERIFY(view);
    view->grab();
    QCOMPARE(view->lastPaintedFirstLine(), 0);
    view->scrollToEnd();
    view->grab();
    QCOMPARE(view->lastPaintedFirstLine(), kLines - view->visibleRowCapacity());
    // Scroll bar drag to the middle.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    view->grab();
    QCOMPARE(view->lastPaintedFirstLine(), qint64(view->verticalScrollBar()->maximum() / 2));
}

void TestLogView::goToLine()
{
    LogViewer viewer;
    viewer.resize(900, 600);
    viewer.show();
    QVERIFY(viewer.openFile(m_log).ok());
    QVERIFY(waitIndexed(viewer, kLines));
    viewer.goToLine(123457);
    viewer.view()->grab();
    QCOMPARE(viewer.view()->lastPaintedFirstLine(), 123456);
    QVERIFY(viewer.view()->displayText(123456).endsWith(QStringLiteral("file_123456.cpp.o")));
}

void TestLogView::collapseGroupHidesLines()
{
    LogViewer viewer;
    viewer.resize(900, 600);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.openFile(m_log).ok());
    QVERIFY(waitIndexed(viewer, kLines));
    LogView *view = viewer.view();
    QVERIFY(QTest::qWaitFor([&] { return viewer.document()->groups().size() == kLines / 500; }, 10000));
    view->grab();
    const QRect triangle = view->foldMarkerRect(0);
    QVERIFY(!triangle.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, triangle.center());
    QVERIFY(view->isGroupCollapsed(0));
    QVERIFY(view->isLineHidden(1));
    QVERIFY(view->isLineHidden(499));
    QVERIFY(!view->isLineHidden(500));
    QCOMPARE(view->rowCount(), kLines - 499);
    // The row after the header is now the next group.
    QVERIFY(!view->foldMarkerRect(500).isEmpty());
    QCOMPARE(view->foldMarkerRect(500).top(), view->foldMarkerRect(0).top() + view->foldMarkerRect(0).height());
    view->grab();
    QCOMPARE(view->lastPaintedFirstLine(), 0);
    // Clicking again expands.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->foldMarkerRect(0).center());
    QVERIFY(!view->isLineHidden(1));
    QCOMPARE(view->rowCount(), kLines);
}

void TestLogView::searchFindsRareString()
{
    LogViewer viewer;
    viewer.resize(900, 600);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.openFile(m_log).ok());
    QVERIFY(waitIndexed(viewer, kLines));
    // The first match sits in a collapsed group: finding it expands the group.
    QVERIFY(QTest::qWaitFor([&] { return viewer.document()->groups().size() == kLines / 500; }, 10000));
    QVERIFY(viewer.view()->setGroupCollapsed(20000, true));
    QVERIFY(viewer.view()->isLineHidden(20001));
    viewer.view()->setFocus();
    QTest::keyClick(viewer.view(), Qt::Key_F, Qt::ControlModifier);
    LogSearchBar *bar = viewer.findChild<LogSearchBar *>(QStringLiteral("logSearchBar"));
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->findChild<QWidget *>(QStringLiteral("logSearchText")), QStringLiteral("sentinel-7f3a"));
    QVERIFY(QTest::qWaitFor([&] { return viewer.matchCount() == 3 && !viewer.isSearching(); }, 20000));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));
    QVERIFY(!viewer.view()->isLineHidden(20001));
    QVERIFY(!viewer.view()->isGroupCollapsed(20000));
    viewer.view()->grab();
    QVERIFY(viewer.view()->lastPaintedFirstLine() <= 20001);
    QVERIFY(viewer.view()->lastPaintedFirstLine() + viewer.view()->visibleRowCapacity() > 20001);
    QTest::keyClick(viewer.view(), Qt::Key_F3);
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 3"));
    viewer.view()->grab();
    QVERIFY(viewer.view()->lastPaintedFirstLine() <= 100001);
    QTest::keyClick(viewer.view(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(viewer.view(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(bar->statusText(), QStringLiteral("3 of 3"));
}

void TestLogView::searchRegexAndCase()
{
    LogViewer viewer;
    viewer.resize(900, 600);
    viewer.show();
    QVERIFY(viewer.openFile(m_log).ok());
    QVERIFY(waitIndexed(viewer, kLines));
    viewer.startSearch({QStringLiteral("SENTINEL-7F3A"), false, true});
    QVERIFY(QTest::qWaitFor([&] { return !viewer.isSearching(); }, 20000));
    QCOMPARE(viewer.matchCount(), 0);
    QCOMPARE(viewer.searchBar()->statusText(), QStringLiteral("No matches"));
    viewer.startSearch({QStringLiteral("file_1999\\d\\.cpp"), true, false});
    QVERIFY(QTest::qWaitFor([&] { return !viewer.isSearching(); }, 20000));
    QCOMPARE(viewer.matchCount(), 10 - 2);  // 19990..19999 minus the multiples of 7 (19992, 19999)
    viewer.startSearch({QStringLiteral("a(b"), true, false});
    QVERIFY(viewer.searchBar()->statusText().contains(QStringLiteral("offset")));
}

void TestLogView::toggleTimestamps()
{
    LogViewer viewer;
    viewer.show();
    QVERIFY(viewer.openFile(m_log).ok());
    QVERIFY(waitIndexed(viewer, kLines));
    LogView *view = viewer.view();
    QCOMPARE(view->displayText(1), QStringLiteral("2026-11-25T10:00:00.0000001Z [ 42%] Building CXX object src/mod1/file_1.cpp.o"));
    QAction *ts = action(&viewer, "logActionTimestamps");
    QVERIFY(ts && ts->isChecked());
    ts->trigger();
    QVERIFY(!view->showTimestamps());
    QCOMPARE(view->displayText(1), QStringLiteral("[ 42%] Building CXX object src/mod1/file_1.cpp.o"));
    // Markers are not shown as text; ANSI codes are gone.
    QCOMPARE(view->displayText(97), QStringLiteral("Process completed with exit code 2."));
    QCOMPARE(view->displayText(7), QStringLiteral("npm WARN deprecated left-pad@1.0.7"));
    QAction *numbers = action(&viewer, "logActionLineNumbers");
    numbers->trigger();
    QVERIFY(!view->showLineNumbers());
    view->grab();
}

void TestLogView::copySelection()
{
    LogViewer viewer;
    viewer.show();
    QVERIFY(viewer.openFile(m_log).ok());
    QVERIFY(waitIndexed(viewer, kLines));
    action(&viewer, "logActionTimestamps")->trigger();
    LogView *view = viewer.view();
    view->setSelection({1, 7}, {2, 4});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("Building CXX object src/mod1/file_1.cpp.o\n[ 42"));
    // Mouse drag selects from the press to the release point.
    view->scrollToLine(0);
    const QPoint from = view->pointForPosition({3, 0});
    const QPoint to = view->pointForPosition({4, 6});
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(view->selectedText(), QStringLiteral("[ 42%] Building CXX object src/mod3/file_3.cpp.o\n[ 42%]"));
}

void TestLogView::keyboardSelection()
{
    LogViewer viewer;
    viewer.show();
    QVERIFY(viewer.openFile(m_log).ok());
    QVERIFY(waitIndexed(viewer, kLines));
    action(&viewer, "logActionTimestamps")->trigger();
    LogView *view = viewer.view();
    view->setSelection({1, 0}, {1, 0});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(view->selectedText(), QStringLiteral("[ 42%] Building CXX object src/mod1/file_1.cpp.o\n[ "));
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QVERIFY(!view->hasSelection());
    view->grab();
    QCOMPARE(view->lastPaintedFirstLine() + view->visibleRowCapacity(), kLines);
}

void TestLogView::followSeesAppendedLines()
{
    const QString path = m_dir.filePath(QStringLiteral("live.log"));
    QVERIFY(writeLog(path, 1000));
    LogViewer viewer;
    viewer.resize(900, 400);
    viewer.show();
    QVERIFY(viewer.openFile(path).ok());
    QVERIFY(waitIndexed(viewer, 1000));
    action(&viewer, "logActionFollow")->trigger();
    QVERIFY(viewer.view()->follow());
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    for (int i = 1000; i < 6000; ++i)
        f.write(lineText(i) + '\n');
    f.flush();
    QVERIFY(QTest::qWaitFor([&] { return viewer.document()->lineCount() == 6000; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return !viewer.document()->isIndexing(); }, 10000));
    LogView *view = viewer.view();
    view->grab();
    QCOMPARE(view->lastPaintedFirstLine(), 6000 - view->visibleRowCapacity());
    // Scrolling up leaves follow mode.
    view->verticalScrollBar()->setValue(0);
    QVERIFY(!view->follow());
    QVERIFY(!action(&viewer, "logActionFollow")->isChecked());
}

void TestLogView::saveLog()
{
    LogViewer viewer;
    QVERIFY(!viewer.saveTo(m_dir.filePath(QStringLiteral("none.log"))).ok());
    const QString path = m_dir.filePath(QStringLiteral("small.log"));
    QVERIFY(writeLog(path, 100));
    QVERIFY(viewer.openFile(path).ok());
    const QString copy = m_dir.filePath(QStringLiteral("saved.log"));
    QVERIFY(viewer.saveTo(copy).ok());
    QFile a(path), b(copy);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestLogView::renderSample()
{
    // A few MB from the benchmark generator, rendered for a person to look at.
    const QString script = QStringLiteral(MLOPS_SHARED_DIR "/bench/make_log.py");
    if (!QFile::exists(script))
        QSKIP("make_log.py is not available");
    const QString path = m_dir.filePath(QStringLiteral("sample.log"));
    QProcess gen;
    gen.start(QStringLiteral("python3"), {script, path, QStringLiteral("4000000")});
    if (!gen.waitForFinished(60000) || gen.exitCode() != 0)
        QSKIP("python3 could not run make_log.py");
    LogViewer viewer;
    viewer.resize(1100, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.openFile(path).ok());
    QVERIFY(QTest::qWaitFor([&] { return !viewer.document()->isIndexing(); }, 20000));
    QVERIFY(viewer.document()->lineCount() > 30000);
    // make_log.py opens a group at line 1000 and closes it at 1500; line 2000 opens the next.
    QVERIFY(QTest::qWaitFor([&] { return viewer.document()->groups().size() > 10; }, 20000));
    QCOMPARE(viewer.document()->groups().at(1), (logs::LogGroup{1000, 1500}));
    viewer.view()->setGroupCollapsed(2000, true);
    viewer.startSearch({QStringLiteral("linking"), false, false});
    QVERIFY(QTest::qWaitFor([&] { return !viewer.isSearching(); }, 20000));
    viewer.view()->scrollToLine(985);
    viewer.view()->setSelection({990, 3}, {991, 10});
    QImage shot = viewer.grab().toImage();
    QVERIFY(shot.save(QStringLiteral(MLOPS_BINARY_DIR "/logview_sample.png")));
    QCOMPARE(viewer.view()->lastPaintedFirstLine(), 985);
    viewer.view()->scrollToLine(1990);
    action(&viewer, "logActionTimestamps")->trigger();
    shot = viewer.grab().toImage();
    QVERIFY(shot.save(QStringLiteral(MLOPS_BINARY_DIR "/logview_sample_folded.png")));
    QCOMPARE(viewer.view()->lastPaintedFirstLine(), 1990);
}

QTEST_MAIN(TestLogView)
#include "test_logview.moc"
