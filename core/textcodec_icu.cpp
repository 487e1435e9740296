#include "textcodec_backend.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <memory>
#include <unordered_map>

namespace netmsg::detail {

namespace {
// Microsoft's table where ICU has one under its Windows name (windows-932 is
// Windows' Shift JIS; ICU's IBM932 is IBM's variant, without NEC's ①),
// else the IBM one (860, 863 and 865 have only that name).
QByteArray icuName(int codePage)
{
    const QByteArray windows = QByteArrayLiteral("windows-") + QByteArray::number(codePage);
    if (QStringEncoder(windows.constData()).isValid())
        return windows;
    return QByteArrayLiteral("IBM") + QByteArray::number(codePage);
}

// Opening an ICU converter costs far more than a short text's conversion, and
// validation converts every name and text it checks: one converter per code
// page and thread, reset before each use (the OEM code pages are stateless).
QStringEncoder &encoderFor(int codePage)
{
    thread_local std::unordered_map<int, std::unique_ptr<QStringEncoder>> encoders;
    std::unique_ptr<QStringEncoder> &encoder = encoders[codePage];
    if (!encoder)
        encoder = std::make_unique<QStringEncoder>(icuName(codePage).constData());
    encoder->resetState();
    return *encoder;
}

QStringDecoder &decoderFor(int codePage)
{
    thread_local std::unordered_map<int, std::unique_ptr<QStringDecoder>> decoders;
    std::unique_ptr<QStringDecoder> &decoder = decoders[codePage];
    if (!decoder)
        decoder = std::make_unique<QStringDecoder>(icuName(codePage).constData());
    decoder->resetState();
    return *decoder;
}
} // namespace

bool codePageAvailable(int codePage)
{
    return encoderFor(codePage).isValid();
}

QByteArray encodeCodePage(int codePage, QStringView text, bool *lossless)
{
    QStringEncoder &encoder = encoderFor(codePage);
    QByteArray bytes = encoder.encode(text);
    // An ICU converter keeps its error once it had one, whatever resetState()
    // does: a text is lossless when it comes back unchanged.
    if (lossless)
        *lossless = encoder.isValid() && decodeCodePage(codePage, bytes) == text;
    return bytes;
}

QString decodeCodePage(int codePage, QByteArrayView bytes)
{
    return decoderFor(codePage).decode(bytes);
}

} // namespace netmsg::detail
