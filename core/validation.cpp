#include "validation.h"

#include <QStringList>

namespace netmsg {

namespace {
// MS-SRVS 2.2.2.8 default invalid characters (docs/protocol.md §6).
const QString forbiddenCharacters = QStringLiteral("\"/\\[]:|<>+=;,?");

// Microsoft "Naming conventions": words that can't be a computer name.
const QStringList reservedWords{
    QStringLiteral("ANONYMOUS"),     QStringLiteral("AUTHENTICATED USER"),
    QStringLiteral("BATCH"),         QStringLiteral("BUILTIN"),
    QStringLiteral("CREATOR GROUP"), QStringLiteral("CREATOR OWNER"),
    QStringLiteral("DIALUP"),        QStringLiteral("INTERACTIVE"),
    QStringLiteral("INTERNET"),      QStringLiteral("LOCAL"),
    QStringLiteral("NETWORK"),       QStringLiteral("NULL"),
    QStringLiteral("PROXY"),         QStringLiteral("RESTRICTED"),
    QStringLiteral("SELF"),          QStringLiteral("SERVER"),
    QStringLiteral("SERVICE"),       QStringLiteral("SYSTEM"),
    QStringLiteral("USERS"),         QStringLiteral("WORLD"),
};
} // namespace

QString Validation::kindName(NameKind kind)
{
    switch (kind) {
    case NameKind::Alias:
        return tr("alias");
    case NameKind::Recipient:
        return tr("recipient");
    case NameKind::Server:
        return tr("server name");
    case NameKind::Sender:
        break;
    }
    return tr("sender name");
}

QString Validation::describeCharacter(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7F)
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return QLatin1Char('\'') + c + QLatin1Char('\'');
}

Outcome Validation::checkName(const QString &name, NameKind kind, const TransportLimits &limits,
                              Capabilities capabilities)
{
    // Checked for every recipient of a bulk send, several times: nothing here
    // is built (the kind's name, a codec) unless the name needs it.
    const auto what = [kind] {
        return kindName(kind);
    };
    if (name.isEmpty())
        return Outcome(Code::InvalidName, tr("the %1 is empty").arg(what()));
    if (kind == NameKind::Recipient && isBroadcast(name)) {
        if (capabilities && !capabilities.testFlag(Capability::Broadcast))
            return Outcome(Code::NotSupported, tr("this transport cannot broadcast to '*'"));
        return Outcome::success();
    }
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || forbiddenCharacters.contains(c))
            return Outcome(Code::InvalidName,
                           tr("the %1 '%2' has the character %3 at position %4, which is not "
                              "allowed in a name")
                               .arg(what(), name, describeCharacter(c), QString::number(i + 1)));
        if (c == QLatin1Char('*'))
            return Outcome(Code::InvalidName,
                           tr("the %1 '%2' has '*' at position %3; '*' is only valid alone, as "
                              "a broadcast")
                               .arg(what(), name, QString::number(i + 1)));
    }
    if (name.startsWith(QLatin1Char(' ')) || name.endsWith(QLatin1Char(' ')))
        return Outcome(Code::InvalidName,
                       tr("the %1 '%2' starts or ends with a space").arg(what(), name));
    if (name.count(QLatin1Char('.')) == name.size())
        return Outcome(Code::InvalidName, tr("the %1 '%2' is only dots").arg(what(), name));
    if (reservedWords.contains(name, Qt::CaseInsensitive))
        return Outcome(Code::InvalidName,
                       tr("the %1 '%2' is a reserved word").arg(what(), name.toUpper()));

    // Names travel in the OEM code page on NetBIOS (docs/protocol.md §6); in UTF-16
    // transports the limit is in characters. Every code page a transport
    // names is ASCII-compatible, so a plain ASCII name is one byte a
    // character in each and no codec is needed to measure it.
    int length = int(name.size());
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        const TextCodec codec(limits.wireEncoding.isEmpty() ? QStringLiteral("CP850")
                                                            : limits.wireEncoding);
        if (codec.name() != QLatin1String("UTF-16LE")) {
            const auto bad = codec.unencodable(name);
            if (!bad.isEmpty())
                return Outcome(
                    Code::InvalidName,
                    tr("the %1 '%2' has the character %3 at position %4, which %5 cannot "
                       "encode")
                        .arg(what(), name, describeCharacter(bad.first().character.at(0)),
                             QString::number(bad.first().position + 1), codec.name()));
            length = int(codec.encodedSize(name));
        }
    }
    if (limits.maxNameBytes > 0 && length > limits.maxNameBytes)
        return Outcome(Code::InvalidName, tr("the %1 '%2' is %3 characters long; the limit is %4")
                                              .arg(what(), name, QString::number(length),
                                                   QString::number(limits.maxNameBytes)));
    return Outcome::success();
}

Outcome Validation::checkText(const QString &text, const TransportLimits &limits, bool broadcast)
{
    const TextCodec codec(limits.wireEncoding.isEmpty() ? QStringLiteral("UTF-16LE")
                                                        : limits.wireEncoding);
    if (!codec.isValid())
        return Outcome(Code::InvalidParameter,
                       tr("the encoding '%1' is not known").arg(limits.wireEncoding));
    const auto bad = codec.unencodable(text);
    if (!bad.isEmpty()) {
        QStringList where;
        for (const auto &character : bad.mid(0, 10))
            where.append(tr("%1 at position %2")
                             .arg(describeCharacter(character.character.at(0)))
                             .arg(character.position + 1));
        if (bad.size() > 10)
            where.append(tr("and %n more", nullptr, int(bad.size() - 10)));
        return Outcome(
            Code::NoUnicodeTranslation,
            tr("%1 cannot encode %2").arg(codec.name(), where.join(QStringLiteral(", "))));
    }
    const qsizetype bytes = codec.encodedSize(text);
    if (broadcast && limits.maxBroadcastBytes > 0 && bytes > limits.maxBroadcastBytes)
        return Outcome(Code::NerrTruncatedBroadcast,
                       tr("the broadcast is %1 bytes in %2; the limit is %3 bytes")
                           .arg(bytes)
                           .arg(codec.name())
                           .arg(limits.maxBroadcastBytes));
    if (limits.maxMessageBytes > 0 && bytes > limits.maxMessageBytes)
        return Outcome(Code::MessageExceedsMaxSize,
                       tr("the message is %1 bytes in %2; the limit is %3 bytes")
                           .arg(bytes)
                           .arg(codec.name())
                           .arg(limits.maxMessageBytes));
    return Outcome::success();
}

} // namespace netmsg
