// Settings values as a netmsg.ini brings them (anyone with the file can put
// anything there): every getter of Settings, the route, the winpopup
// transport's options (WinPopupOptions::apply, as configure() gets them),
// and the sender name and code page through Validation, as a send does.
//
// Input: the whole netmsg.ini.

#include "fuzzsupport.h"

#include "route.h"
#include "settings.h"
#include "textcodec.h"
#include "validation.h"
#include "winpopupoptions.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTemporaryDir>

using namespace netmsg;
using namespace netmsg::fuzz;

namespace {

// Writes the input as the one ini file. QSettings keeps a file it read and
// reads it again only when its size or time of change differ, so each input
// gets a time of its own. In memory where there is a tmpfs: creating files on
// a disk would cost more than all the rest.
QString writeIni(const uint8_t *data, size_t size)
{
    static const QString shm = QStringLiteral("/dev/shm");
    static QTemporaryDir *folder =
        QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
            ? new QTemporaryDir(shm + QStringLiteral("/netmsg-fuzz-XXXXXX"))
            : new QTemporaryDir;
    static qint64 inputs = 0;
    const QString path = folder->filePath(QStringLiteral("netmsg.ini"));
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    FUZZ_CHECK(file.setFileTime(QDateTime::fromSecsSinceEpoch(++inputs, Qt::UTC),
                                QFileDevice::FileModificationTime));
    return path;
}

void checkTransportOptions(const QVariantMap &values)
{
    WinPopupOptions options;
    const WinPopupOptions before = options;
    const Outcome applied = options.apply(values);
    if (!applied.isSuccess()) {
        // Nothing half-applied.
        FUZZ_CHECK(applied.code() == Code::InvalidParameter);
        FUZZ_CHECK(options.codePage == before.codePage);
        FUZZ_CHECK(options.connectTimeoutMs == before.connectTimeoutMs);
        FUZZ_CHECK(options.maxMessageBytes == before.maxMessageBytes);
        return;
    }
    FUZZ_CHECK(TextCodec(options.codePage).isValid());
    FUZZ_CHECK(options.connectTimeoutMs >= 1 && options.replyTimeoutMs >= 1);
    FUZZ_CHECK(options.defaultPort >= 1 && options.nodeStatusPort >= 1);
    FUZZ_CHECK(options.maxMessageBytes >= 1);
}

void checkNames(const Settings &settings)
{
    TransportLimits limits;
    limits.wireEncoding = settings.codePage();
    const TextCodec codec(limits.wireEncoding);
    const bool bytes = codec.isValid() && codec.name() != QLatin1String("UTF-16LE");
    const QString sender = settings.senderName();
    const Outcome name = Validation::checkName(sender, NameKind::Sender, limits);
    if (name.isSuccess() && bytes)
        FUZZ_CHECK(codec.encodedSize(sender) <= limits.maxNameBytes);
    // What a send checks of a text, here of what the file holds; a text with
    // no encoding named is counted in UTF-16.
    limits.maxMessageBytes = 1600;
    const QString text = settings.historyPath() + settings.language();
    const Outcome checked = Validation::checkText(text, limits, false);
    const TextCodec textCodec(limits.wireEncoding.isEmpty() ? QStringLiteral("UTF-16LE")
                                                            : limits.wireEncoding);
    if (checked.isSuccess())
        FUZZ_CHECK(textCodec.isValid() && textCodec.encodedSize(text) <= limits.maxMessageBytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QString path = writeIni(data, size);
    {
        Settings settings(path);
        const int concurrency = settings.concurrency();
        FUZZ_CHECK(concurrency >= 1 && concurrency <= 256);
        FUZZ_CHECK(settings.timeoutMs() >= 1);
        FUZZ_CHECK(settings.retries() >= 0 && settings.retries() <= 10);
        FUZZ_CHECK(settings.maxTextCharacters() >= 1 &&
                   settings.maxTextCharacters() <= 16 * 1024 * 1024);
        FUZZ_CHECK(settings.confirmRecipients() >= 1);
        FUZZ_CHECK(settings.listenerPort() >= 1);
        (void)QHostAddress(settings.listenerAddress()).isNull();
        (void)settings.receiverEnabled();
        (void)settings.notifications();
        (void)settings.hasCodePage();
        (void)settings.defaultTransport();

        // A route that parses is taken as it is; one that does not falls
        // back to the default transport (taken as it is) or the platform's.
        const QStringList route = settings.route();
        FUZZ_CHECK(!route.isEmpty());
        const QString routeText =
            settings.raw().value(QStringLiteral("route")).toStringList().join(QLatin1Char(','));
        QStringList parsed;
        if (!routeText.trimmed().isEmpty() && Route::parse(routeText, &parsed).isSuccess())
            FUZZ_CHECK(parsed == route);

        checkTransportOptions(settings.transportOptions(QStringLiteral("winpopup")));
        checkNames(settings);
    }
    return 0;
}
