#pragma once

// The platform half of TextCodec: ICU through QStringConverter
// (textcodec_icu.cpp), or the Win32 code page API (textcodec_win.cpp) where Qt
// is built without ICU. Code pages are Windows code page numbers (850, 866...).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace netmsg::detail {

bool codePageAvailable(int codePage);
// `lossless` is false when a character had to be replaced.
QByteArray encodeCodePage(int codePage, QStringView text, bool *lossless);
QString decodeCodePage(int codePage, QByteArrayView bytes);

} // namespace netmsg::detail
