#pragma once

#include "compose/composecheck.h"

#include <QList>
#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

namespace netmsg::gui {

// The recipients field: what people type or paste (names, NAME@host[:port],
// @group, separated by commas, semicolons or new lines), with completion of
// the word under the cursor from the address book and groups, and each
// rejected entry underlined with its reason as tooltip.
class RecipientEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit RecipientEdit(QWidget *parent = nullptr);

    void setCompletions(const QStringList &words);
    void setIssues(const QList<RecipientIssue> &issues);
    int markedCount() const { return int(m_marks.size()); }
    QCompleter *completer() const { return m_completer; }

    QSize sizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Mark
    {
        int start = 0;
        int length = 0;
        QString reason;
    };
    QString currentWord() const;
    void complete(const QString &word);
    void updateCompletion();

    QCompleter *m_completer;
    QStringListModel *m_words;
    QList<Mark> m_marks;
};

} // namespace netmsg::gui
