#include "recipientedit.h"

#include "widgets/statecolors.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>

namespace netmsg::gui {

namespace {
const QRegularExpression separators(QStringLiteral("[,;\\n]"));
} // namespace

RecipientEdit::RecipientEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_completer->setModel(m_words);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &RecipientEdit::complete);
    connect(this, &QPlainTextEdit::textChanged, this, &RecipientEdit::updateCompletion);
}

QSize RecipientEdit::sizeHint() const
{
    const int lines = 3;
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * lines +
                                                    2 * frameWidth() +
                                                    int(document()->documentMargin() * 2)};
}

void RecipientEdit::setCompletions(const QStringList &words)
{
    m_words->setStringList(words);
}

QString RecipientEdit::currentWord() const
{
    const QString before = toPlainText().left(textCursor().position());
    const qsizetype start = before.lastIndexOf(separators) + 1;
    return before.mid(start).trimmed();
}

void RecipientEdit::updateCompletion()
{
    const QString word = currentWord();
    if (word.isEmpty() || !hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 &&
         m_completer->currentCompletion().compare(word, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void RecipientEdit::complete(const QString &word)
{
    QTextCursor cursor = textCursor();
    const QString before = toPlainText().left(cursor.position());
    const qsizetype start = before.lastIndexOf(separators) + 1;
    // Keep the space the user typed after a separator.
    const qsizetype leading = before.mid(start).size() - before.mid(start).trimmed().size();
    cursor.setPosition(int(start + leading), QTextCursor::KeepAnchor);
    cursor.insertText(word);
    setTextCursor(cursor);
    m_completer->popup()->hide();
}

void RecipientEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void RecipientEdit::setIssues(const QList<RecipientIssue> &issues)
{
    // Nothing marked and nothing to mark: no repaint (a pasted list of
    // thousands of names is one long block, costly to lay out again).
    if (issues.isEmpty() && m_marks.isEmpty() && extraSelections().isEmpty())
        return;
    m_marks.clear();
    const QString text = toPlainText();
    QList<QTextEdit::ExtraSelection> selections;
    const StateColors colors(palette());
    for (const RecipientIssue &issue : issues) {
        const QString entry = issue.entry.trimmed();
        if (entry.isEmpty())
            continue;
        int from = 0;
        int to = int(text.size());
        if (issue.line > 0) {
            const QTextBlock block = document()->findBlockByNumber(issue.line - 1);
            if (block.isValid()) {
                from = block.position();
                to = from + block.length();
            }
        }
        const qsizetype at = text.mid(from, to - from).indexOf(entry, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        Mark mark{from + int(at), int(entry.size()), issue.reason};
        m_marks.append(mark);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(mark.start);
        selection.cursor.setPosition(mark.start + mark.length, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(colors.invalidInput());
        selections.append(selection);
    }
    setExtraSelections(selections);
}

bool RecipientEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(help->pos()).position();
        for (const Mark &mark : std::as_const(m_marks)) {
            if (position >= mark.start && position <= mark.start + mark.length) {
                // Escaped: the reason quotes what was typed or pasted.
                QToolTip::showText(help->globalPos(),
                                   QStringLiteral("<p>%1</p>").arg(mark.reason.toHtmlEscaped()),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace netmsg::gui
