// A real `smbclient -M` sends into the console's own receiver (the embedded
// default: winpopup on 127.0.0.1, answering to the user's name): the message
// appears in the inbox tab at once, its words as plain text, beside the peer
// address it really came from.
#include "inbox/inboxmodel.h"
#include "inbox/inboxwidget.h"
#include "mainwindow/mainwindow.h"
#include "testconsole.h"
#include "widgets/messagebox.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

class tst_ConsoleSmbclient : public QObject
{
    Q_OBJECT
private slots:
    void smbclientMessageShowsAsPlainTextWithItsPeer();
};

void tst_ConsoleSmbclient::smbclientMessageShowsAsPlainTextWithItsPeer()
{
    const QString smbclient = QStandardPaths::findExecutable(QStringLiteral("smbclient"));
    QVERIFY2(!smbclient.isEmpty(), "smbclient is missing (scripts/dev installs it)");
    MessageBox::setUnattended(true);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    TestConsoleOptions options;
    options.receiver = true;
    options.route = {QStringLiteral("winpopup")};
    // The receiver's port comes from the settings; the home is the console's own.
    TestConsole console(options);
    console.context->settings().setListenerPort(port);
    console.context->applySettings();
    QVERIFY2(console.context->isReceiving(),
             qPrintable(console.context->receiverOutcome().toString()));
    MainWindow window(*console.context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // smbclient needs a configuration of its own, away from the system's.
    QFile conf(console.filePath(QStringLiteral("smb.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    const QByteArray root = QFileInfo(conf).absolutePath().toUtf8();
    conf.write("[global]\n  lock directory = " + root + "\n  state directory = " + root +
               "\n  cache directory = " + root + "\n  private dir = " + root + "\n");
    conf.close();
    QProcess client;
    client.start(smbclient, {QStringLiteral("-M"), QStringLiteral("ADMIN"), QStringLiteral("-I"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                             QString::number(port), QStringLiteral("-U"), QStringLiteral("mallory"),
                             QStringLiteral("-N"), QStringLiteral("-s"), conf.fileName()});
    client.write("<img src=x onerror=alert(1)> <b>hi</b>");
    client.closeWriteChannel();
    // The console's event loop answers smbclient while this waits.
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 20000);
    QCOMPARE(client.exitCode(), 0);

    InboxWidget *inbox = window.inbox();
    InboxModel *model = inbox->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    const QString text = QStringLiteral("<img src=x onerror=alert(1)> <b>hi</b>");
    QStringList cells;
    for (int column = 0; column < model->columnCount(); ++column)
        cells.append(model->data(model->index(0, column)).toString());
    QVERIFY2(cells.contains(text), qPrintable(cells.join(QStringLiteral(" | "))));
    QVERIFY2(cells.contains(QStringLiteral("127.0.0.1")),
             qPrintable(cells.join(QStringLiteral(" | "))));
    window.showTab(inbox);
    inbox->openMessage(0);
    auto *pane = inbox->findChild<QPlainTextEdit *>();
    QVERIFY(pane);
    QTRY_COMPARE(pane->toPlainText(), text);
    bool peerShown = false;
    for (QLabel *label : inbox->findChildren<QLabel *>()) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        peerShown = peerShown || label->text() == QLatin1String("127.0.0.1");
    }
    QVERIFY2(peerShown, "no label shows the peer address 127.0.0.1");
}

QTEST_MAIN(tst_ConsoleSmbclient)
#include "tst_consolesmbclient.moc"
