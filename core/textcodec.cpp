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
    // The OEM code page Windows uses for each locale (its "OEMCP"): by the
    // whole name where the region decides, else by the language.
    QString name = locale.isEmpty() ? QLocale::system().name() : locale;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    static const QHash<QString, int> byLocale{
        {QStringLiteral("en_US"), 437}, {QStringLiteral("zh_TW"), 950},
        {QStringLiteral("zh_HK"), 950}, {QStringLiteral("zh_MO"), 950},
        {QStringLiteral("fr_CA"), 863}, {QStringLiteral("pt_BR"), 850},
        {QStringLiteral("pt_PT"), 860}, {QStringLiteral("en_GB"), 850},
        {QStringLiteral("en_IE"), 850}, {QStringLiteral("en_AU"), 850},
        {QStringLiteral("en_NZ"), 850}, {QStringLiteral("en_CA"), 850},
        {QStringLiteral("en_ZA"), 850},
    };
    static const QHash<QString, int> byLanguage{
        // English (the US's), Western Europe.
        {QStringLiteral("en"), 437},
        {QStringLiteral("de"), 850},
        {QStringLiteral("fr"), 850},
        {QStringLiteral("es"), 850},
        {QStringLiteral("it"), 850},
        {QStringLiteral("pt"), 850},
        {QStringLiteral("nl"), 850},
        {QStringLiteral("sv"), 850},
        {QStringLiteral("da"), 850},
        {QStringLiteral("nb"), 850},
        {QStringLiteral("nn"), 850},
        {QStringLiteral("no"), 850},
        {QStringLiteral("fi"), 850},
        {QStringLiteral("ca"), 850},
        {QStringLiteral("eu"), 850},
        {QStringLiteral("gl"), 850},
        {QStringLiteral("is"), 861},
        // Central Europe.
        {QStringLiteral("pl"), 852},
        {QStringLiteral("cs"), 852},
        {QStringLiteral("sk"), 852},
        {QStringLiteral("hu"), 852},
        {QStringLiteral("sl"), 852},
        {QStringLiteral("hr"), 852},
        {QStringLiteral("ro"), 852},
        {QStringLiteral("sq"), 852},
        {QStringLiteral("bs"), 852},
        // Cyrillic, Baltic, Greek, Turkish, Hebrew, Arabic and Persian.
        {QStringLiteral("ru"), 866},
        {QStringLiteral("uk"), 866},
        {QStringLiteral("be"), 866},
        {QStringLiteral("bg"), 866},
        {QStringLiteral("mk"), 866},
        {QStringLiteral("sr"), 855},
        {QStringLiteral("lt"), 775},
        {QStringLiteral("lv"), 775},
        {QStringLiteral("et"), 775},
        {QStringLiteral("el"), 737},
        {QStringLiteral("tr"), 857},
        {QStringLiteral("he"), 862},
        {QStringLiteral("ar"), 720},
        {QStringLiteral("fa"), 720},
        // East Asia (double-byte).
        {QStringLiteral("ja"), 932},
        {QStringLiteral("zh"), 936},
    };
    int codePage = byLocale.value(name.section(QLatin1Char('.'), 0, 0), 0);
    if (!codePage)
        codePage = byLanguage.value(name.section(QLatin1Char('_'), 0, 0), 437);
    // One netmsg cannot use here (950 is not offered) falls back to 437.
    const QString chosen = QStringLiteral("CP%1").arg(codePage);
    return oemCodePages().contains(chosen) ? chosen : QStringLiteral("CP437");
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
