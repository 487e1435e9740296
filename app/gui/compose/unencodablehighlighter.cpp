#include "unencodablehighlighter.h"

#include "widgets/statecolors.h"

#include <QGuiApplication>
#include <QTextDocument>

namespace netmsg::gui {

UnencodableHighlighter::UnencodableHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_codec(QStringLiteral("UTF-16LE"))
{}

void UnencodableHighlighter::setEncoding(const QString &encoding)
{
    const TextCodec codec(encoding.isEmpty() ? QStringLiteral("UTF-16LE") : encoding);
    const bool active = codec.isValid() && codec.name() != QLatin1String("UTF-16LE");
    if (active == m_active && codec.name() == m_codec.name())
        return;
    m_codec = codec;
    m_active = active;
    rehighlight();
}

void UnencodableHighlighter::highlightBlock(const QString &text)
{
    if (!m_active)
        return;
    QTextCharFormat format;
    const QColor color = StateColors(QGuiApplication::palette()).invalidInput();
    format.setForeground(color);
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(color);
    for (const UnencodableCharacter &bad : m_codec.unencodable(text)) {
        setFormat(bad.position, int(bad.character.size()), format);
    }
}

} // namespace netmsg::gui
