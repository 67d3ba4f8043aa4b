#include "completioncontroller.h"

#include "yamleditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace mlops::ui {

CompletionController::CompletionController(YamlEditor *editor, const pipeline::TaskCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_provider(catalog)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setObjectName(QStringLiteral("pipelineCompleter"));
    m_completer->setModel(m_model);
    m_completer->popup()->setObjectName(QStringLiteral("pipelineCompletionPopup"));
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    editor->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &CompletionController::insert);
    connect(editor, &YamlEditor::completionRequested, this, &CompletionController::request);
}

void CompletionController::request(bool explicitRequest)
{
    const QTextCursor cursor = m_editor->textCursor();
    m_current = m_provider.complete(m_editor->toPlainText(), cursor.position());
    bool show = !m_current.items.isEmpty();
    if (show && !explicitRequest) {
        // While typing, keys need two letters; the other kinds open on their context.
        if (m_current.kind == Completion::Kind::Key && m_current.prefix.size() < 2)
            show = false;
        // Nothing to offer when the only candidate is what is already typed.
        if (m_current.items.size() == 1 && m_current.items.first() == m_current.prefix)
            show = false;
    }
    if (!show) {
        m_completer->popup()->hide();
        return;
    }
    m_model->setStringList(m_current.items);
    m_completer->setCompletionPrefix(m_current.prefix);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void CompletionController::insert(const QString &item)
{
    QString text = item;
    if (m_current.kind == Completion::Kind::Key || m_current.kind == Completion::Kind::TaskInput) {
        // Complete the key; do not double a colon that is already there.
        const QTextCursor cursor = m_editor->textCursor();
        const QString rest = cursor.block().text().mid(cursor.positionInBlock());
        if (!rest.trimmed().startsWith(QLatin1Char(':')))
            text += QStringLiteral(": ");
    }
    m_editor->insertCompletion(text, int(m_current.prefix.size()));
    m_completer->popup()->hide();
}

}  // namespace mlops::ui
