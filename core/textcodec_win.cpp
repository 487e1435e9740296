// TextCodec's code page backend for Windows, whose Qt has no ICU: the Win32
// code page API with the Windows code page number (850, 866, ...).

#include "textcodec_backend.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <limits>

namespace netmsg::detail {

namespace {

bool fitsInt(qsizetype size)
{
    return size <= std::numeric_limits<int>::max();
}

} // namespace

bool codePageAvailable(int codePage)
{
    return codePage > 0 && IsValidCodePage(static_cast<UINT>(codePage));
}

QByteArray encodeCodePage(int codePage, QStringView text, bool *lossless)
{
    if (lossless)
        *lossless = true;
    if (text.isEmpty())
        return {};
    if (!codePageAvailable(codePage) || !fitsInt(text.size())) {
        if (lossless)
            *lossless = false;
        return {};
    }
    const auto *wide = reinterpret_cast<const wchar_t *>(text.utf16());
    const int length = static_cast<int>(text.size());
    // No best fit: "ā" must not quietly become "a"; it becomes the default
    // character and is reported, as ICU's encoder reports it elsewhere.
    const DWORD flags = WC_NO_BEST_FIT_CHARS;
    BOOL usedDefault = FALSE;
    const int size = WideCharToMultiByte(static_cast<UINT>(codePage), flags, wide, length, nullptr,
                                         0, nullptr, nullptr);
    QByteArray bytes(size, Qt::Uninitialized);
    const int written = WideCharToMultiByte(static_cast<UINT>(codePage), flags, wide, length,
                                            bytes.data(), size, nullptr, &usedDefault);
    bytes.truncate(written);
    if (lossless)
        *lossless = written > 0 && !usedDefault;
    return bytes;
}

QString decodeCodePage(int codePage, QByteArrayView bytes)
{
    if (bytes.isEmpty() || !codePageAvailable(codePage) || !fitsInt(bytes.size()))
        return {};
    const int length = static_cast<int>(bytes.size());
    // Flags 0: control bytes stay control characters (no MB_USEGLYPHCHARS), as with ICU.
    const int size =
        MultiByteToWideChar(static_cast<UINT>(codePage), 0, bytes.data(), length, nullptr, 0);
    QString text(size, Qt::Uninitialized);
    const int written = MultiByteToWideChar(static_cast<UINT>(codePage), 0, bytes.data(), length,
                                            reinterpret_cast<wchar_t *>(text.data()), size);
    text.truncate(written);
    return text;
}

} // namespace netmsg::detail
