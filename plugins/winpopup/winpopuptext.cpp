#include "winpopuptext.h"

#include "textcodec.h"

namespace netmsg {

namespace {

constexpr char WindowsLineBreak = 0x14;

// Splits at CRLF, LFCR, CR or LF, each counting as one break.
QStringList lines(const QString &text)
{
    QStringList result;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\r') && c != QLatin1Char('\n')) {
            current.append(c);
            continue;
        }
        const bool pair =
            i + 1 < text.size() &&
            (text.at(i + 1) == QLatin1Char('\r') || text.at(i + 1) == QLatin1Char('\n')) &&
            text.at(i + 1) != c;
        if (pair)
            ++i;
        result.append(current);
        current.clear();
    }
    result.append(current);
    return result;
}

} // namespace

QByteArray WinPopupText::encode(const QString &text, const TextCodec &codec, LineBreakStyle style)
{
    const QByteArray separator = style == LineBreakStyle::Windows ? QByteArray(1, WindowsLineBreak)
                                 : style == LineBreakStyle::Smbclient ? QByteArray("\r\n")
                                                                      : QByteArray("\n");
    QByteArray wire;
    const QStringList parts = lines(text);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            wire.append(separator);
        wire.append(codec.encode(parts.at(i)));
    }
    return wire;
}

QString WinPopupText::decode(const QByteArray &bytes, const TextCodec &codec)
{
    QString text;
    QByteArray line;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != WindowsLineBreak && c != '\r' && c != '\n') {
            line.append(c);
            continue;
        }
        if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
            ++i;
        text.append(codec.decode(line));
        text.append(QLatin1Char('\n'));
        line.clear();
    }
    text.append(codec.decode(line));
    return text;
}

QList<QByteArray> WinPopupText::blocks(const QByteArray &wire, int blockSize)
{
    QList<QByteArray> result;
    for (qsizetype offset = 0; offset < wire.size(); offset += blockSize)
        result.append(wire.mid(offset, blockSize));
    if (result.isEmpty())
        result.append(QByteArray());
    return result;
}

QString WinPopupText::styleName(LineBreakStyle style)
{
    switch (style) {
    case LineBreakStyle::Windows:
        return QStringLiteral("windows");
    case LineBreakStyle::Smbclient:
        return QStringLiteral("smbclient");
    case LineBreakStyle::LineFeed:
        break;
    }
    return QStringLiteral("lf");
}

bool WinPopupText::styleFromName(const QString &name, LineBreakStyle *style)
{
    if (name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0) {
        *style = LineBreakStyle::Windows;
        return true;
    }
    if (name.compare(QLatin1String("smbclient"), Qt::CaseInsensitive) == 0) {
        *style = LineBreakStyle::Smbclient;
        return true;
    }
    return false;
}

} // namespace netmsg
