#include "textcodec_backend.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace netmsg::detail {

namespace {
QByteArray icuName(int codePage)
{
    return QByteArrayLiteral("IBM") + QByteArray::number(codePage);
}
} // namespace

bool codePageAvailable(int codePage)
{
    return QStringEncoder(icuName(codePage).constData()).isValid();
}

QByteArray encodeCodePage(int codePage, QStringView text, bool *lossless)
{
    QStringEncoder encoder(icuName(codePage).constData());
    QByteArray bytes = encoder.encode(text);
    if (lossless)
        *lossless = encoder.isValid() && !encoder.hasError();
    return bytes;
}

QString decodeCodePage(int codePage, QByteArrayView bytes)
{
    QStringDecoder decoder(icuName(codePage).constData());
    return decoder.decode(bytes);
}

} // namespace netmsg::detail
