#include "aliases/aliaseswidget.h"
#include "aliases/aliasmatrixmodel.h"
#include "consolecontext.h"
#include "mainwindow/mainwindow.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

namespace {
// A history path whose folder cannot be created: a file is in the way.
QString blockedHistoryPath()
{
    const QString blocker = qEnvironmentVariable("NETMSG_HOME") + QStringLiteral("/not-a-folder");
    QFile file(blocker);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    return blocker + QStringLiteral("/history.sqlite");
}
} // namespace

// The aliases tab over the real loopback plugin (its network in a private
// NETMSG_HOME) and the real winpopup plugin for a read-only remote host.
class tst_AliasesWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhichAliasLivesWhereOnTwoServers();
    void remembersTheServersItShows();
    void deletingTheComputerNameIsRefusedWith2278();
    void addingADuplicateIsRefusedWith2276();
    void anOfflineServerShowsItsListingErrorInItsColumn();
    void aRemoteWinpopupHostIsReadOnly();
    void isTheThirdTabOfTheMainWindow();
    void screenshot();

private:
    void trigger(const QString &action);
    QAction *action(const QString &name) const;
    template <typename T> T *child(const QString &name) const
    {
        return m_widget ? m_widget->findChild<T *>(name) : nullptr;
    }
    // Adds a server through the tab and waits for its listing to end.
    int addServer(const QString &server, const QString &transport = {});
    // Adds an alias on a server through the tab and waits for the answer.
    void addAlias(int server, const QString &name);
    bool waitListed(int column);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<AliasesWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_AliasesWidget::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void tst_AliasesWidget::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("NETMSG_HOME", m_home->path().toLocal8Bit());
    {
        Settings settings;
        settings.setRoute({QStringLiteral("loopback")});
        settings.setReceiverEnabled(false);
        // No history: these tests need none, and the compose tab and the main
        // window read it with QFuture::then(this, ...), which asserts when the
        // widget is gone before the read ends (a debug-build Q_ASSERT in Qt 6.4).
        settings.setHistoryPath(blockedHistoryPath());
        settings.setTransportOption(QStringLiteral("loopback"), QStringLiteral("localName"),
                                    QStringLiteral("DESK1"));
        settings.setTransportOption(QStringLiteral("loopback"), QStringLiteral("offlineServers"),
                                    QStringLiteral("DOWN"));
        settings.setTransportOption(QStringLiteral("winpopup"), QStringLiteral("connectTimeoutMs"),
                                    300);
    }
    m_context = std::make_unique<ConsoleContext>();
    m_context->start();
    QVERIFY(!m_context->history());
    m_widget = std::make_unique<AliasesWidget>(*m_context);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_widget->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_widget->resize(1000, 500);
    m_widget->show();
    QVERIFY(waitListed(0));
}

void tst_AliasesWidget::cleanup()
{
    m_tester.reset();
    m_widget.reset();
    m_context.reset();
    m_home.reset();
}

QAction *tst_AliasesWidget::action(const QString &name) const
{
    return child<QAction>(name);
}

void tst_AliasesWidget::trigger(const QString &name)
{
    QAction *found = action(name);
    QVERIFY2(found, qPrintable(name));
    QVERIFY2(found->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
    found->trigger();
}

bool tst_AliasesWidget::waitListed(int column)
{
    AliasMatrixModel *model = m_widget->model();
    return QTest::qWaitFor([&] {
        return column < model->columnCount() &&
               (model->listingState(column) == AliasMatrixModel::ListingState::Listed ||
                model->listingState(column) == AliasMatrixModel::ListingState::Failed);
    });
}

int tst_AliasesWidget::addServer(const QString &server, const QString &transport)
{
    auto *edit = child<QLineEdit>(QStringLiteral("newServerEdit"));
    auto *transports = child<QComboBox>(QStringLiteral("newServerTransportBox"));
    if (!edit || !transports)
        return -1;
    edit->setText(server);
    if (!transport.isEmpty())
        transports->setCurrentIndex(transports->findData(transport));
    const int columns = m_widget->model()->columnCount();
    QAction *add = action(QStringLiteral("actionAddServer"));
    if (!add || !add->isEnabled())
        return -1;
    add->trigger();
    if (m_widget->model()->columnCount() != columns + 1 || !waitListed(columns))
        return -1;
    return columns;
}

void tst_AliasesWidget::addAlias(int server, const QString &name)
{
    m_widget->selectServer(server);
    child<QLineEdit>(QStringLiteral("aliasEdit"))->setText(name);
    trigger(QStringLiteral("actionAddAlias"));
    QTRY_VERIFY2(m_widget->statusText().contains(name + QStringLiteral(" added on")),
                 qPrintable(m_widget->statusText()));
    // The column is listed again after the change.
    QTRY_VERIFY(m_widget->model()->contains(m_widget->model()->rowOf(name), server));
}

void tst_AliasesWidget::showsWhichAliasLivesWhereOnTwoServers()
{
    AliasMatrixModel *model = m_widget->model();
    QCOMPARE(model->columnCount(), 1);
    QVERIFY(model->headerData(0, Qt::Horizontal)
                .toString()
                .startsWith(QLatin1String("this computer (loopback)")));
    const int hq = addServer(QStringLiteral("HQ"));
    QCOMPARE(hq, 1);
    QVERIFY(model->headerData(hq, Qt::Horizontal)
                .toString()
                .startsWith(QLatin1String("HQ (loopback)")));

    addAlias(0, QStringLiteral("OPS"));
    addAlias(hq, QStringLiteral("OPS"));
    addAlias(hq, QStringLiteral("SALES"));

    QCOMPARE(model->rowCount(), 4);
    const QStringList rows{model->alias(0), model->alias(1), model->alias(2), model->alias(3)};
    QCOMPARE(rows, (QStringList{"DESK1", "HQ", "OPS", "SALES"}));
    const auto lives = [model](const char *alias, int column) {
        return model->contains(model->rowOf(QLatin1String(alias)), column);
    };
    QVERIFY(lives("DESK1", 0) && !lives("DESK1", hq));
    QVERIFY(!lives("HQ", 0) && lives("HQ", hq));
    QVERIFY(lives("OPS", 0) && lives("OPS", hq));
    QVERIFY(!lives("SALES", 0) && lives("SALES", hq));

    // The table says what the network says.
    IMessageTransport *loopback = m_context->registry().transport(QStringLiteral("loopback"));
    QFutureWatcher<AliasListing> listing;
    QSignalSpy done(&listing, &QFutureWatcherBase::finished);
    listing.setFuture(loopback->listAliases(QStringLiteral("HQ")));
    QVERIFY(done.wait());
    QCOMPARE(listing.result().aliases, (QStringList{"HQ", "OPS", "SALES"}));
}

void tst_AliasesWidget::remembersTheServersItShows()
{
    QCOMPARE(addServer(QStringLiteral("HQ")), 1);
    QCOMPARE(addServer(QStringLiteral("BRANCH")), 2);
    m_widget->selectServer(1);
    trigger(QStringLiteral("actionRemoveServer"));
    QCOMPARE(m_widget->model()->columnCount(), 2);

    QSettings &settings = m_context->settings().raw();
    QCOMPARE(settings.beginReadArray(QStringLiteral("aliases/servers")), 1);
    settings.setArrayIndex(0);
    QCOMPARE(settings.value(QStringLiteral("server")).toString(), QStringLiteral("BRANCH"));
    QCOMPARE(settings.value(QStringLiteral("transport")).toString(), QStringLiteral("loopback"));
    settings.endArray();

    // A new tab shows them again; this computer cannot be removed.
    m_tester.reset();
    m_widget = std::make_unique<AliasesWidget>(*m_context);
    QCOMPARE(m_widget->model()->columnCount(), 2);
    QVERIFY(m_widget->model()
                ->headerData(1, Qt::Horizontal)
                .toString()
                .startsWith(QLatin1String("BRANCH (loopback)")));
    m_widget->selectServer(0);
    QVERIFY(!action(QStringLiteral("actionRemoveServer"))->isEnabled());
}

void tst_AliasesWidget::deletingTheComputerNameIsRefusedWith2278()
{
    const int hq = addServer(QStringLiteral("HQ"));
    QCOMPARE(hq, 1);
    AliasMatrixModel *model = m_widget->model();
    const int row = model->rowOf(QStringLiteral("HQ"));
    QVERIFY(model->contains(row, hq));
    auto *view = child<QTableView>(QStringLiteral("matrixView"));
    view->setCurrentIndex(model->index(row, hq));
    QCOMPARE(m_widget->currentServer(), hq);

    const int asked = MessageBox::shownCount();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(QStringLiteral("actionDeleteAlias"));
    QCOMPARE(MessageBox::shownCount(), asked + 1);
    QVERIFY(
        MessageBox::lastText().contains(QLatin1String("Delete the alias HQ from HQ (loopback)")));
    const QString description = Outcome(Code::NerrDelComputerName).description();
    QTRY_VERIFY2(m_widget->statusText().contains(description), qPrintable(m_widget->statusText()));
    QVERIFY(m_widget->statusText().contains(QLatin1String("2278")));
    QVERIFY(
        m_widget->statusText().startsWith(QLatin1String("Could not delete HQ from HQ (loopback)")));
    // Nothing changed.
    QTest::qWait(50);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->contains(model->rowOf(QStringLiteral("HQ")), hq));

    // Answering No deletes nothing and asks the transport nothing.
    addAlias(hq, QStringLiteral("OPS"));
    view->setCurrentIndex(model->index(model->rowOf(QStringLiteral("OPS")), hq));
    MessageBox::setNextAnswer(QMessageBox::No);
    trigger(QStringLiteral("actionDeleteAlias"));
    QTest::qWait(50);
    QVERIFY(model->contains(model->rowOf(QStringLiteral("OPS")), hq));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(QStringLiteral("actionDeleteAlias"));
    QTRY_COMPARE(model->rowOf(QStringLiteral("OPS")), -1);
    QVERIFY(m_widget->statusText().contains(QLatin1String("OPS deleted from HQ (loopback)")));
}

void tst_AliasesWidget::addingADuplicateIsRefusedWith2276()
{
    addAlias(0, QStringLiteral("OPS"));
    const int rows = m_widget->model()->rowCount();
    child<QLineEdit>(QStringLiteral("aliasEdit"))->setText(QStringLiteral("ops"));
    trigger(QStringLiteral("actionAddAlias"));
    const QString description = Outcome(Code::NerrAlreadyExists).description();
    QTRY_VERIFY2(m_widget->statusText().contains(description), qPrintable(m_widget->statusText()));
    QVERIFY(m_widget->statusText().contains(QLatin1String("2276")));
    QCOMPARE(m_widget->model()->rowCount(), rows);

    // A name the transport refuses is explained as well.
    child<QLineEdit>(QStringLiteral("aliasEdit"))->setText(QStringLiteral("O|PS"));
    trigger(QStringLiteral("actionAddAlias"));
    QTRY_VERIFY2(m_widget->statusText().contains(Outcome(Code::InvalidName).description()),
                 qPrintable(m_widget->statusText()));
}

void tst_AliasesWidget::anOfflineServerShowsItsListingErrorInItsColumn()
{
    const int hq = addServer(QStringLiteral("HQ"));
    const int down = addServer(QStringLiteral("DOWN"));
    QCOMPARE(down, 2);
    AliasMatrixModel *model = m_widget->model();
    QCOMPARE(model->listingState(down), AliasMatrixModel::ListingState::Failed);
    QCOMPARE(model->listingState(hq), AliasMatrixModel::ListingState::Listed);
    const QString header = model->headerData(down, Qt::Horizontal).toString();
    QVERIFY2(header.contains(Outcome(Code::BadNetPath).description()), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("(53)")), qPrintable(header));
    QVERIFY(QTextDocumentFragment::fromHtml(
                model->headerData(down, Qt::Horizontal, Qt::ToolTipRole).toString())
                .toPlainText()
                .contains(QLatin1String("the loopback server DOWN is offline")));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->data(model->index(row, down)).toString(), QStringLiteral("?"));
    QVERIFY(m_widget->statusText().contains(QLatin1String("DOWN (loopback) could not be listed")));
    // Refreshing it asks again and fails again, saying so each time.
    m_widget->selectServer(down);
    trigger(QStringLiteral("actionRefresh"));
    QVERIFY(waitListed(down));
    QCOMPARE(model->listingOutcome(down).code(), quint32(Code::BadNetPath));
}

void tst_AliasesWidget::aRemoteWinpopupHostIsReadOnly()
{
    auto *transports = child<QComboBox>(QStringLiteral("newServerTransportBox"));
    child<QLineEdit>(QStringLiteral("newServerEdit"))->setText(QStringLiteral("127.0.0.1"));
    const int winpopupItem = transports->findData(QStringLiteral("winpopup"));
    QVERIFY(winpopupItem >= 0);
    QCOMPARE(transports->itemText(winpopupItem), QStringLiteral("winpopup: listing only"));
    QCOMPARE(transports->itemText(transports->findData(QStringLiteral("loopback"))),
             QStringLiteral("loopback: list and change"));
    const int remote = addServer(QStringLiteral("127.0.0.1"), QStringLiteral("winpopup"));
    QCOMPARE(remote, 1);
    AliasMatrixModel *model = m_widget->model();
    const QString header = model->headerData(remote, Qt::Horizontal).toString();
    QVERIFY2(header.startsWith(QLatin1String("127.0.0.1 (winpopup)")), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("read-only")), qPrintable(header));
    const QString access = child<QLabel>(QStringLiteral("accessLabel"))->text();
    QVERIFY2(access.contains(
                 QLatin1String("winpopup on 127.0.0.1: listing only, through NetBIOS node status")),
             qPrintable(access));
    QVERIFY2(access.contains(QLatin1String("loopback on this computer: list, add and delete")),
             qPrintable(access));

    // Add: enabled for this computer, not for the read-only host.
    child<QLineEdit>(QStringLiteral("aliasEdit"))->setText(QStringLiteral("OPS"));
    m_widget->selectServer(0);
    QVERIFY(action(QStringLiteral("actionAddAlias"))->isEnabled());
    m_widget->selectServer(remote);
    QVERIFY(!action(QStringLiteral("actionAddAlias"))->isEnabled());
    QVERIFY(action(QStringLiteral("actionAddAlias"))
                ->toolTip()
                .contains(QLatin1String("listing only")));

    // Delete: enabled on a cell of this computer, not on one of the host.
    auto *view = child<QTableView>(QStringLiteral("matrixView"));
    const int desk = model->rowOf(QStringLiteral("DESK1"));
    view->setCurrentIndex(model->index(desk, 0));
    QVERIFY(action(QStringLiteral("actionDeleteAlias"))->isEnabled());
    view->setCurrentIndex(model->index(desk, remote));
    QCOMPARE(m_widget->currentServer(), remote);
    QVERIFY(!action(QStringLiteral("actionDeleteAlias"))->isEnabled());
    QVERIFY(!action(QStringLiteral("actionAddAlias"))->isEnabled());

    // Even asked directly, nothing goes to the transport.
    QList<Outcome> answers;
    connect(m_widget->servers(), &AliasServers::changeFinished, this,
            [&answers](int, AliasChange, const QString &, const Outcome &outcome) {
                answers.append(outcome);
            });
    m_widget->servers()->change(remote, AliasChange::Add, QStringLiteral("OPS"));
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().code(), quint32(Code::NotSupported));
    QVERIFY(m_widget->statusText().contains(QLatin1String("listing only")));
}

void tst_AliasesWidget::isTheThirdTabOfTheMainWindow()
{
    MainWindow window(*m_context);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QVERIFY(window.aliases());
    QCOMPARE(tabs->indexOf(window.aliases()), 2);
    QCOMPARE(tabs->tabText(2), QStringLiteral("&Aliases"));
}

// NETMSG_SCREENSHOT_DIR=... takes the tab's picture with real data.
void tst_AliasesWidget::screenshot()
{
    const QString directory = qEnvironmentVariable("NETMSG_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("NETMSG_SCREENSHOT_DIR is not set");
    const int hq = addServer(QStringLiteral("HQ"));
    addAlias(0, QStringLiteral("OPS"));
    addAlias(0, QStringLiteral("BACKUP"));
    addAlias(hq, QStringLiteral("OPS"));
    addAlias(hq, QStringLiteral("SALES"));
    addAlias(hq, QStringLiteral("HELPDESK"));
    QVERIFY(addServer(QStringLiteral("DOWN")) > 0);
    QVERIFY(addServer(QStringLiteral("127.0.0.1"), QStringLiteral("winpopup")) > 0);
    child<QLineEdit>(QStringLiteral("aliasEdit"))->setText(QStringLiteral("SALES"));
    m_widget->selectServer(hq);
    trigger(QStringLiteral("actionAddAlias"));
    QTRY_VERIFY(m_widget->statusText().contains(QLatin1String("2276")));
    auto *view = child<QTableView>(QStringLiteral("matrixView"));
    view->setCurrentIndex(
        m_widget->model()->index(m_widget->model()->rowOf(QStringLiteral("SALES")), hq));
    m_widget->resize(1100, 520);
    QTest::qWait(100);
    QVERIFY(m_widget->grab().save(directory + QStringLiteral("/aliases.png")));
}

QTEST_MAIN(tst_AliasesWidget)
#include "tst_aliaseswidget.moc"
