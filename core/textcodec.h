#pragma once

#include "netmsg_core_export.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace netmsg {

// A character that the target encoding cannot represent, with its position
// (0-based, in characters of the original text).
struct UnencodableCharacter
{
    QString character;
    int position = 0;
};

// Converts text to and from a wire encoding: UTF-16LE or an OEM code page
// ("CP437", "CP850", "CP852", "CP866", ...). ICU through QStringConverter where
// Qt has it; the Win32 code page API on Windows builds without ICU.
class NETMSG_CORE_EXPORT TextCodec
{
public:
    explicit TextCodec(const QString &encoding);

    // The OEM code pages netmsg offers by name.
    static QStringList oemCodePages();
    // The OEM code page of a language ("de_DE" -> "CP850", "ru" -> "CP866",
    // "ja" -> "CP932"; "en" and what is not known -> "CP437"); empty: the
    // system's locale.
    static QString oemCodePageFor(const QString &locale = {});
    // "cp850", "850", "IBM850" -> "CP850"; "utf-16le" -> "UTF-16LE"; empty if unknown.
    static QString canonicalName(const QString &name);

    bool isValid() const { return m_valid; }
    QString name() const { return m_name; }

    QByteArray encode(const QString &text) const;
    QString decode(const QByteArray &bytes) const;
    qsizetype encodedSize(const QString &text) const { return encode(text).size(); }
    QList<UnencodableCharacter> unencodable(const QString &text) const;

private:
    QString m_name;
    int m_codePage = 0; // 0 for UTF-16LE
    bool m_valid = false;
};

} // namespace netmsg
