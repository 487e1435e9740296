#pragma once

#include "textcodec.h"

#include <QSyntaxHighlighter>

namespace netmsg::gui {

// Marks the characters of the message that the wire encoding of the chosen
// transport cannot carry (a Cyrillic letter in CP850, say), where they are.
class UnencodableHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit UnencodableHighlighter(QTextDocument *document);
    // Empty or UTF-16LE: nothing is marked.
    void setEncoding(const QString &encoding);

protected:
    void highlightBlock(const QString &text) override;

private:
    TextCodec m_codec;
    bool m_active = false;
};

} // namespace netmsg::gui
