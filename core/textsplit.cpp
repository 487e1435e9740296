// DeliveryJob::splitText: cuts a text that is over a transport's limit into
// numbered parts, in time linear in its length.

#include "deliveryjob.h"

#include "textcodec.h"

#include <QHash>

namespace netmsg {

namespace {

// Each character's width in wire bytes (a surrogate pair counts once, at its
// first unit), measured once per distinct character.
QList<int> characterWidths(const QString &text, const TextCodec &codec, qint64 *total)
{
    QList<int> widths(text.size(), 0);
    QHash<char32_t, int> known;
    *total = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t point =
            pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        auto it = known.constFind(point);
        if (it == known.constEnd())
            it = known.insert(point, int(codec.encodedSize(text.mid(i, pair ? 2 : 1))));
        widths[i] = *it;
        *total += *it;
        if (pair)
            ++i;
    }
    return widths;
}

// Cuts `text` into parts of at most `room` bytes; empty when a character is
// wider than the room. Prefers to break after a space in a part's last fifth.
QStringList cut(const QString &text, const QList<int> &widths, int room)
{
    QStringList parts;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        int bytes = 0;
        while (end < text.size()) {
            const bool pair = end + 1 < text.size() && text.at(end).isHighSurrogate() &&
                              text.at(end + 1).isLowSurrogate();
            const int width = widths.at(end);
            if (bytes + width > room)
                break;
            bytes += width;
            end += pair ? 2 : 1;
        }
        if (end == start)
            return {};
        if (end < text.size()) {
            const qsizetype floor = start + (end - start) * 4 / 5;
            for (qsizetype i = end - 1; i > floor; --i) {
                if (text.at(i) == QLatin1Char(' ')) {
                    end = i + 1;
                    break;
                }
            }
        }
        parts.append(text.mid(start, end - start));
        start = end;
    }
    return parts;
}

} // namespace

QStringList DeliveryJob::splitText(const QString &text, const QString &encoding, int maxBytes)
{
    const TextCodec codec(encoding);
    qint64 total = 0;
    const QList<int> widths = characterWidths(text, codec, &total);
    if (maxBytes <= 0 || total <= maxBytes)
        return {text};
    // Parts are numbered "(i/n) "; the room left depends on how many digits n
    // has, so try one digit, then two, ... until the parts fit the count.
    for (int digits = 1; digits <= 9; ++digits) {
        const QString nines(digits, QLatin1Char('9'));
        const int room = maxBytes - int(codec.encodedSize(QStringLiteral("(%1/%1) ").arg(nines)));
        if (room <= 0)
            return {};
        QStringList parts = cut(text, widths, room);
        if (parts.isEmpty())
            return {};
        if (QString::number(parts.size()).size() > digits)
            continue;
        for (qsizetype i = 0; i < parts.size(); ++i)
            parts[i] = QStringLiteral("(%1/%2) ").arg(i + 1).arg(parts.size()) + parts[i];
        return parts;
    }
    return {};
}

} // namespace netmsg
