#include "textcodec.h"

#include <QHash>
#include <QLocale>

#include "textcodec_backend.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

namespace netmsg {

namespace {
const QString utf16Name = QStringLiteral("UTF-16LE");

// The code pages offered by name: the DOS code pages WinPopup senders used,
// and the double-byte OEM code pages of Japanese and Chinese Windows.
const QList<int> offeredCodePages{437, 720, 737, 775, 850, 852, 855, 857, 858,
                                  860, 861, 862, 863, 865, 866, 869, 932, 936};

int codePageNumber(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:CP|IBM|IBM-|OEM)?(\\d{3,4})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(name.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}
} // namespace

TextCodec::TextCodec(const QString &encoding)
{
    m_name = canonicalName(encoding);
    if (m_name == utf16Name) {
        m_valid = true;
    } else if (!m_name.isEmpty()) {
        m_codePage = codePageNumber(m_name);
        m_valid = true;
    }
}

QStringList TextCodec::oemCodePages()
{
    QStringList names;
    for (int codePage : offeredCodePages) {
        if (detail::codePageAvailable(codePage))
            names.append(QStringLiteral("CP%1").arg(codePage));
    }
    return names;
}

QString TextCodec::oemCodePageFor(const QString &locale)
{
    // The OEM code page Windows uses for each language (its "OEMCP").
    const QString name = locale.isEmpty() ? QLocale().name() : locale;
    const QString language = name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    static const QHash<QString, QString> byLanguage{
        {QStringLiteral("de"), QStringLiteral("CP850")},
        {QStringLiteral("fr"), QStringLiteral("CP850")},
        {QStringLiteral("es"), QStringLiteral("CP850")},
        {QStringLiteral("it"), QStringLiteral("CP850")},
        {QStringLiteral("pt"), QStringLiteral("CP850")},
        {QStringLiteral("nl"), QStringLiteral("CP850")},
        {QStringLiteral("pl"), QStringLiteral("CP852")},
        {QStringLiteral("cs"), QStringLiteral("CP852")},
        {QStringLiteral("hu"), QStringLiteral("CP852")},
        {QStringLiteral("ru"), QStringLiteral("CP866")},
        {QStringLiteral("uk"), QStringLiteral("CP866")},
        {QStringLiteral("ja"), QStringLiteral("CP932")},
        {QStringLiteral("zh"), QStringLiteral("CP936")},
        {QStringLiteral("ar"), QStringLiteral("CP720")},
        {QStringLiteral("el"), QStringLiteral("CP737")},
        {QStringLiteral("tr"), QStringLiteral("CP857")},
        {QStringLiteral("he"), QStringLiteral("CP862")},
    };
    return byLanguage.value(language, QStringLiteral("CP437"));
}

QString TextCodec::canonicalName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.compare(QLatin1String("UTF-16LE"), Qt::CaseInsensitive) == 0 ||
        trimmed.compare(QLatin1String("UTF-16"), Qt::CaseInsensitive) == 0)
        return utf16Name;
    const int codePage = codePageNumber(trimmed);
    if (codePage == 0 || !detail::codePageAvailable(codePage))
        return {};
    return QStringLiteral("CP%1").arg(codePage);
}

QByteArray TextCodec::encode(const QString &text) const
{
    if (!m_valid)
        return {};
    if (m_codePage == 0)
        return QStringEncoder(QStringConverter::Utf16LE).encode(text);
    return detail::encodeCodePage(m_codePage, text, nullptr);
}

QString TextCodec::decode(const QByteArray &bytes) const
{
    if (!m_valid)
        return {};
    if (m_codePage == 0)
        return QStringDecoder(QStringConverter::Utf16LE).decode(bytes);
    return detail::decodeCodePage(m_codePage, bytes);
}

QList<UnencodableCharacter> TextCodec::unencodable(const QString &text) const
{
    QList<UnencodableCharacter> result;
    if (!m_valid || m_codePage == 0)
        return result; // UTF-16 carries every character
    bool lossless = true;
    detail::encodeCodePage(m_codePage, text, &lossless);
    if (lossless)
        return result;
    // Only a lossy text pays for the per-character pass that finds positions.
    for (int i = 0; i < text.size(); ++i) {
        const int length = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QStringView character = QStringView(text).mid(i, length);
        detail::encodeCodePage(m_codePage, character, &lossless);
        if (!lossless)
            result.append({character.toString(), i});
        i += length - 1;
    }
    return result;
}

} // namespace netmsg
