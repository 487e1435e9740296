// The helper tests/fuzz/capture-corpus runs to take the seeds from real
// peers and from netmsg's own writers (tests/fuzz/README.md):
//
//   netmsg_corpus_capture proxy LISTEN_PORT UPSTREAM_PORT OUTDIR [ADDRESS]
//       relays every connection to ADDRESS:UPSTREAM_PORT (default 127.0.0.1)
//       and records both directions, OUTDIR/<n>.c2s and OUTDIR/<n>.s2c;
//       LISTEN_PORT 0 takes a free one; OUTDIR/port says which, once listening
//   netmsg_corpus_capture nodestatus ADDRESS PORT OUTFILE [SECONDS]
//       asks ADDRESS:PORT for its NetBIOS node status (as NodeStatusQuery
//       does) until an answer names three names or more, and keeps it
//   netmsg_corpus_capture settings OUTDIR
//       writes netmsg.ini files through netmsg::Settings
//   netmsg_corpus_capture contacts OUTFILE
//       writes an address book export through ContactCsv::write

#include "addressbook/contactcsv.h"
#include "nodestatusquery.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkDatagram>
#include <QSize>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUdpSocket>

#include <cstdio>
#include <memory>

namespace {

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(bytes);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// One relayed connection: the client's bytes go upstream once it is
// connected, the upstream's come back, both written down as they pass.
void relay(QTcpSocket *client, const QHostAddress &upstreamAddress, quint16 upstreamPort,
           const QString &prefix)
{
    auto *upstream = new QTcpSocket(client);
    const auto pending = std::make_shared<QByteArray>();
    QObject::connect(client, &QTcpSocket::readyRead, client, [=] {
        const QByteArray bytes = client->readAll();
        append(prefix + QStringLiteral(".c2s"), bytes);
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(bytes);
        else
            pending->append(bytes);
    });
    QObject::connect(upstream, &QTcpSocket::connected, client, [=] {
        upstream->write(*pending);
        pending->clear();
    });
    QObject::connect(upstream, &QTcpSocket::readyRead, client, [=] {
        const QByteArray bytes = upstream->readAll();
        append(prefix + QStringLiteral(".s2c"), bytes);
        client->write(bytes);
    });
    QObject::connect(upstream, &QTcpSocket::disconnected, client,
                     [=] { client->disconnectFromHost(); });
    QObject::connect(upstream, &QTcpSocket::errorOccurred, client,
                     [=] { client->disconnectFromHost(); });
    QObject::connect(client, &QTcpSocket::disconnected, client, [=] {
        upstream->disconnectFromHost();
        client->deleteLater();
    });
    append(prefix + QStringLiteral(".c2s"), {});
    append(prefix + QStringLiteral(".s2c"), {});
    upstream->connectToHost(upstreamAddress, upstreamPort);
}

int proxy(const QStringList &arguments)
{
    if (arguments.size() < 3)
        return 64;
    const quint16 listenPort = quint16(arguments.at(0).toUInt());
    const quint16 upstreamPort = quint16(arguments.at(1).toUInt());
    const QString outDir = arguments.at(2);
    const QHostAddress address(arguments.value(3, QStringLiteral("127.0.0.1")));
    QDir().mkpath(outDir);
    auto *server = new QTcpServer;
    if (!server->listen(address, listenPort)) {
        std::fprintf(stderr, "proxy: cannot listen: %s\n", qPrintable(server->errorString()));
        return 1;
    }
    int connections = 0;
    QObject::connect(server, &QTcpServer::newConnection, server, [&] {
        while (QTcpSocket *client = server->nextPendingConnection()) {
            const QString prefix = QDir(outDir).filePath(
                QStringLiteral("%1").arg(++connections, 3, 10, QLatin1Char('0')));
            relay(client, address, upstreamPort, prefix);
        }
    });
    writeFile(QDir(outDir).filePath(QStringLiteral("port")),
              QByteArray::number(server->serverPort()) + '\n');
    return QCoreApplication::exec();
}

int nodeStatus(const QStringList &arguments)
{
    if (arguments.size() < 3)
        return 64;
    const QHostAddress address(arguments.at(0));
    const quint16 port = quint16(arguments.at(1).toUInt());
    const QDeadlineTimer deadline(arguments.value(3, QStringLiteral("60")).toInt() * 1000);
    const quint16 transactionId = 0x4E4D;
    QUdpSocket socket;
    if (!socket.bind(QHostAddress(QHostAddress::AnyIPv4), 0))
        return 1;
    // nmbd answers once it has registered its names, a few seconds after start.
    while (!deadline.hasExpired()) {
        socket.writeDatagram(netmsg::NodeStatusQuery::request(transactionId), address, port);
        if (socket.waitForReadyRead(1000)) {
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram answer = socket.receiveDatagram();
                const auto names =
                    netmsg::NodeStatusQuery::parseResponse(answer.data(), transactionId);
                if (names && names->size() >= 3)
                    return writeFile(arguments.at(2), answer.data()) ? 0 : 1;
            }
        }
        QThread::msleep(500);
    }
    std::fprintf(stderr, "nodestatus: no answer naming 3 names from %s:%u\n",
                 qPrintable(address.toString()), port);
    return 1;
}

int settings(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return 64;
    const QDir dir(arguments.at(0));
    QDir().mkpath(dir.path());
    {
        // What the console writes when someone changes a few things.
        netmsg::Settings settings(dir.filePath(QStringLiteral("console.ini")));
        settings.setSenderName(QStringLiteral("ADMIN"));
        settings.setRoute({QStringLiteral("winpopup")});
        settings.setCodePage(QStringLiteral("CP850"));
        settings.setListenerPort(1139);
        settings.setReceiverEnabled(true);
    }
    {
        // Every setting, and options for two transports.
        netmsg::Settings settings(dir.filePath(QStringLiteral("everything.ini")));
        settings.setDefaultTransport(QStringLiteral("winpopup"));
        settings.setRoute(
            {QStringLiteral("netapi32"), QStringLiteral("wts"), QStringLiteral("winpopup")});
        settings.setSenderName(QStringLiteral("NIGHTSHIFT"));
        settings.setCodePage(QStringLiteral("CP437"));
        settings.setConcurrency(16);
        settings.setTimeoutMs(20000);
        settings.setRetries(2);
        settings.setMaxTextCharacters(4096);
        settings.setListenerAddress(QStringLiteral("0.0.0.0"));
        settings.setListenerPort(139);
        settings.setLanguage(QStringLiteral("de"));
        settings.setReceiverEnabled(false);
        settings.setConfirmRecipients(50);
        settings.setNotifications(false);
        settings.setHistoryPath(QStringLiteral("/var/lib/netmsg/history.sqlite"));
        const QString winpopup = QStringLiteral("winpopup");
        settings.setTransportOption(winpopup, QStringLiteral("codePage"), QStringLiteral("CP850"));
        settings.setTransportOption(winpopup, QStringLiteral("lineBreaks"),
                                    QStringLiteral("windows"));
        settings.setTransportOption(winpopup, QStringLiteral("connectTimeoutMs"), 3000);
        settings.setTransportOption(winpopup, QStringLiteral("replyTimeoutMs"), 8000);
        settings.setTransportOption(winpopup, QStringLiteral("defaultPort"), 139);
        settings.setTransportOption(winpopup, QStringLiteral("maxMessageBytes"), 652);
        settings.setTransportOption(winpopup, QStringLiteral("singleBlock"), true);
        settings.setTransportOption(winpopup, QStringLiteral("listenerPort"), 1139);
        settings.setTransportOption(winpopup, QStringLiteral("nodeStatusPort"), 137);
        settings.setTransportOption(QStringLiteral("loopback"), QStringLiteral("failNames"),
                                    QStringLiteral("PC7=53;PC8=2273"));
    }
    {
        // A setting of each value type QSettings writes in its own way.
        netmsg::Settings settings(dir.filePath(QStringLiteral("types.ini")));
        settings.raw().setValue(QStringLiteral("route"),
                                QStringList{QStringLiteral("wts"), QStringLiteral("winpopup")});
        settings.raw().setValue(QStringLiteral("concurrency"), QByteArray("8"));
        settings.raw().setValue(QStringLiteral("listener/port"), QVariant(QSize(1, 2)));
        settings.setSenderName(QStringLiteral("Grüße Köln"));
    }
    return 0;
}

int contacts(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return 64;
    using netmsg::Contact;
    const QList<Contact> contacts = {
        {QStringLiteral("Operations desk"), QStringLiteral("OPS"), QStringLiteral("first line")},
        {QStringLiteral("Night shift"), QStringLiteral("NIGHTSHIFT@10.0.0.7:139"),
         QStringLiteral("after 22:00, \"urgent\" only")},
        {QStringLiteral("Print room"), QStringLiteral("PC7@printroom.example.org"), {}},
        {QStringLiteral("Köln; Empfang"), QStringLiteral("EMPFANG@[fe80::1]:139"),
         QStringLiteral("two\nlines")},
    };
    const QMap<QString, QStringList> groups = {
        {QStringLiteral("admins"),
         {QStringLiteral("OPS"), QStringLiteral("NIGHTSHIFT@10.0.0.7:139")}},
        {QStringLiteral("site"),
         {QStringLiteral("OPS"), QStringLiteral("PC7@printroom.example.org")}},
    };
    return writeFile(arguments.at(0), netmsg::gui::ContactCsv::write(contacts, groups)) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QStringList arguments = application.arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    int status = 64;
    if (command == QLatin1String("proxy"))
        status = proxy(arguments);
    else if (command == QLatin1String("nodestatus"))
        status = nodeStatus(arguments);
    else if (command == QLatin1String("settings"))
        status = settings(arguments);
    else if (command == QLatin1String("contacts"))
        status = contacts(arguments);
    if (status == 64)
        std::fprintf(stderr, "usage: see the comment at the top of tests/fuzz/corpuscapture.cpp\n");
    return status;
}
