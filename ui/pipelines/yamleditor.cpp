#include "yamleditor.h"

#include "documentundostack.h"
#include "linenumbergutter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QInputDialog>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace mlops::ui {

namespace {

constexpr int kIndent = 2;

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
        || c == QLatin1Char('@') || c == QLatin1Char('$') || c == QLatin1Char('/');
}

int leadingSpaces(const QString &text)
{
    int n = 0;
    while (n < text.size() && text.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

}  // namespace

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberGutter(this))
    , m_undoStack(new DocumentUndoStack(document(), this))
{
    setObjectName(QStringLiteral("yamlEditor"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * kIndent);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &YamlEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &YamlEditor::updateExtraSelections);
    updateGutterWidth();
    updateExtraSelections();
}

void YamlEditor::setDocumentText(const QString &text)
{
    setPlainText(text);
    document()->clearUndoRedoStacks();
    m_undoStack->reset();
    document()->setModified(false);
}

void YamlEditor::goToLine(int line, int column)
{
    const int blockNumber = qBound(0, line - 1, document()->blockCount() - 1);
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, qMax(0, block.length() - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void YamlEditor::askGoToLine()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(blockCount()), currentLine(), 1,
                                          blockCount(), 1, &ok);
    if (ok)
        goToLine(line);
}

int YamlEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int YamlEditor::currentColumn() const
{
    return textCursor().positionInBlock() + 1;
}

void YamlEditor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_underlines.clear();
    for (const Diagnostic &d : diagnostics) {
        if (d.line <= 0 || d.line > document()->blockCount())
            continue;
        const QTextBlock block = document()->findBlockByNumber(d.line - 1);
        const QString text = block.text();
        int start = 0;
        int end = text.size();
        if (d.column > 0 && !text.isEmpty()) {
            int at = qMin(d.column - 1, int(text.size()) - 1);
            if (isTokenChar(text.at(at))) {
                start = at;
                while (start > 0 && isTokenChar(text.at(start - 1)))
                    --start;
                end = at;
                while (end < text.size() && isTokenChar(text.at(end)))
                    ++end;
            } else if (text.at(at).isSpace()) {
                start = leadingSpaces(text);
            } else {
                start = at;
                end = at + 1;
            }
        } else {
            start = leadingSpaces(text);
        }
        if (end <= start) {  // an empty line: underline where the text would be
            start = qMin(start, int(text.size()));
            end = start + 1;
        }
        QTextCursor cursor(document());
        cursor.setPosition(qMin(block.position() + start, document()->characterCount() - 1));
        cursor.setPosition(qMin(block.position() + end, document()->characterCount() - 1), QTextCursor::KeepAnchor);
        m_underlines.append({cursor, d.message, d.severity});
    }
    updateExtraSelections();
}

QString YamlEditor::diagnosticAt(int position) const
{
    QStringList messages;
    for (const Underline &u : m_underlines) {
        if (position >= u.cursor.selectionStart() && position < u.cursor.selectionEnd())
            messages.append(u.message);
    }
    return messages.join(QLatin1Char('\n'));
}

QList<QPair<int, int>> YamlEditor::underlinedRanges() const
{
    QList<QPair<int, int>> out;
    for (const Underline &u : m_underlines)
        out.append({u.cursor.selectionStart(), u.cursor.selectionEnd() - u.cursor.selectionStart()});
    return out;
}

QUndoStack *YamlEditor::undoStack() const
{
    return m_undoStack;
}

void YamlEditor::setCompleter(QCompleter *completer)
{
    m_completer = completer;
    if (!completer)
        return;
    completer->setWidget(this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
}

void YamlEditor::insertCompletion(const QString &text, int prefixLength)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, prefixLength);
    cursor.insertText(text);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

int YamlEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void YamlEditor::paintGutter(QPaintEvent *event, QWidget *gutter)
{
    QPainter painter(gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setFont(font());
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool isCurrent = block.blockNumber() == current;
            painter.setPen(isCurrent ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void YamlEditor::goToLineAtY(int y)
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, y));
    goToLine(cursor.blockNumber() + 1);
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    const bool popupVisible = m_completer && m_completer->popup()->isVisible();
    if (popupVisible) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();  // the completer's popup takes them
            return;
        default:
            break;
        }
    }
    if (event->matches(QKeySequence::Save)) {
        Q_EMIT saveRequested();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Undo)) {
        m_undoStack->undo();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_undoStack->redo();
        return;
    }
    if (event->key() == Qt::Key_G && event->modifiers() == Qt::ControlModifier) {
        askGoToLine();
        return;
    }
    const bool ctrlSpace = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (ctrlSpace) {
        Q_EMIT completionRequested(true);
        return;
    }
    if (!popupVisible && handleIndentKeys(event))
        return;
    QPlainTextEdit::keyPressEvent(event);
    if (!isReadOnly() && !event->text().isEmpty() && event->text().at(0).isPrint())
        Q_EMIT completionRequested(false);
    else if (popupVisible && (event->key() == Qt::Key_Backspace))
        Q_EMIT completionRequested(false);
}

bool YamlEditor::handleIndentKeys(QKeyEvent *event)
{
    if (isReadOnly())
        return false;
    QTextCursor cursor = textCursor();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Tab && mods == Qt::NoModifier) {
        if (!cursor.hasSelection()) {
            cursor.insertText(QString(kIndent, QLatin1Char(' ')));
            return true;
        }
    }
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        // Indent or unindent every line of the selection (or the current line).
        const bool unindent = event->key() == Qt::Key_Backtab;
        const QTextBlock first = document()->findBlock(cursor.selectionStart());
        const QTextBlock last = document()->findBlock(qMax(cursor.selectionStart(), cursor.selectionEnd() - 1));
        QTextCursor edit(document());
        edit.beginEditBlock();
        for (QTextBlock b = first; b.isValid(); b = b.next()) {
            edit.setPosition(b.position());
            if (unindent) {
                const int n = qMin(kIndent, leadingSpaces(b.text()));
                edit.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, n);
                edit.removeSelectedText();
            } else {
                edit.insertText(QString(kIndent, QLatin1Char(' ')));
            }
            if (b == last)
                break;
        }
        edit.endEditBlock();
        return true;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && mods == Qt::NoModifier) {
        const QString before = cursor.block().text().left(cursor.positionInBlock());
        int indent = leadingSpaces(before);
        const QString trimmed = before.trimmed();
        if (trimmed.startsWith(QLatin1String("- ")))
            indent += kIndent;  // continue the mapping of the sequence item
        if (trimmed.endsWith(QLatin1Char(':')) || trimmed.endsWith(QLatin1Char('|'))
            || trimmed.endsWith(QLatin1String("|-")) || trimmed.endsWith(QLatin1Char('>')))
            indent += kIndent;
        cursor.insertText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
        ensureCursorVisible();
        return true;
    }
    return false;
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

bool YamlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint viewportPos = viewport()->mapFrom(this, help->pos());
        const QString message = diagnosticAt(cursorForPosition(viewportPos).position());
        if (message.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), message, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void YamlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGutterWidth();
        updateExtraSelections();
    }
}

void YamlEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void YamlEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

QColor YamlEditor::severityColor(Diagnostic::Severity severity) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    switch (severity) {
    case Diagnostic::Severity::Error:
        return dark ? QColor(255, 110, 110) : QColor(210, 30, 30);
    case Diagnostic::Severity::Warning:
        return dark ? QColor(240, 200, 80) : QColor(200, 140, 0);
    case Diagnostic::Severity::Info:
        break;
    }
    return dark ? QColor(120, 170, 255) : QColor(30, 90, 200);
}

void YamlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!isReadOnly() || hasFocus()) {
        QTextEdit::ExtraSelection line;
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlpha(28);
        line.format.setBackground(highlight);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    for (const Underline &u : m_underlines) {
        QTextEdit::ExtraSelection s;
        s.cursor = u.cursor;  // tracks edits made since the validation
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(severityColor(u.severity));
        s.format.setToolTip(u.message);
        selections.append(s);
    }
    setExtraSelections(selections);
}

}  // namespace mlops::ui
