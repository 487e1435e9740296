#include "guihistorysupport.h"
#include "inbox/inboxmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

class tst_InboxModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup();
    void pagesWithFetchMore();
    void showsWhatThePeerSentAsItIs();
    void newMessagesAppearAtTheTop();
    void pagingWhileMessagesArriveSkipsNoneAndRepeatsNone();
    void moreThanAPageArrivingAtOnceIsInsertedWhole();
    void anotherProcessesMessagesAppear();
    void marksUnreadRowsAndFollowsReadFlags();
    void readErrorIsShownNotAnEmptyInbox();
    void noHistoryIsAnError();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QList<qint64> receive(HistoryStore &store, int count,
                          const QString &prefix = QStringLiteral("S"))
    {
        QList<QFuture<HistoryWrite>> writes;
        for (int i = 0; i < count; ++i)
            writes.append(store.recordReceived(testReceived(prefix + QString::number(i))));
        QList<qint64> ids;
        for (const auto &write : std::as_const(writes))
            ids.append(write.result().id);
        return ids;
    }
    static QList<qint64> ids(const InboxModel &model)
    {
        QList<qint64> list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.at(row).id);
        return list;
    }
    static bool newestFirstWithoutRepeats(const QList<qint64> &list)
    {
        for (int i = 1; i < list.size(); ++i) {
            if (list.at(i) >= list.at(i - 1))
                return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_InboxModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_InboxModel::cleanup()
{
    m_dir.reset();
}

// Page by page, as a view asks when scrolled to the end. The first half
// without the tester (which asks for more after every change, as a view at
// the bottom would), the rest with it.
void tst_InboxModel::pagesWithFetchMore()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    const QList<qint64> written = receive(store, 450);
    InboxModel model(&store, nullptr, 200);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(!model.canFetchMore()); // the first page is on its way
    QTRY_COMPARE(model.rowCount(), 200);
    QVERIFY(model.status().isSuccess());
    QCOMPARE(model.at(0).id, written.last()); // newest first
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QVERIFY(!model.canFetchMore()); // one page at a time
    QTRY_COMPARE(model.rowCount(), 400);
    QVERIFY(model.canFetchMore());
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 450);
    }
    QVERIFY(model.isAtEnd());
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.at(449).id, written.first());
    QVERIFY(newestFirstWithoutRepeats(ids(model)));
    QList<int> batches;
    for (const QList<QVariant> &signal : std::as_const(inserted))
        batches.append(signal.at(2).toInt() - signal.at(1).toInt() + 1);
    QCOMPARE(batches, (QList<int>{200, 200, 50}));
}

void tst_InboxModel::showsWhatThePeerSentAsItIs()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    ReceivedMessage message = testReceived(QStringLiteral("<i>EVE</i>"),
                                           QStringLiteral("\n  <img src=x> <b>bold</b>\nline 2"));
    message.peerAddress = QStringLiteral("10.0.0.7:139");
    message.alias = QStringLiteral("OPS");
    QVERIFY(awaited(store.recordReceived(message)).outcome.isSuccess());
    InboxModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 1);
    const auto cell = [&](int column) {
        return model.index(0, column).data().toString();
    };
    QCOMPARE(cell(InboxModel::FromColumn), QStringLiteral("<i>EVE</i>"));
    QCOMPARE(cell(InboxModel::PeerColumn), QStringLiteral("10.0.0.7:139"));
    QCOMPARE(cell(InboxModel::ToColumn), QStringLiteral("OPS"));
    QCOMPARE(cell(InboxModel::TextColumn), QStringLiteral("<img src=x> <b>bold</b>"));
    QCOMPARE(cell(InboxModel::ReceivedColumn),
             QLocale().toString(message.receivedAt.toLocalTime(), QLocale::ShortFormat));
    // No tooltip carries the peer's words (a tooltip would render them as HTML).
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        const QString tip = model.index(0, column).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QLatin1String("<")), qPrintable(tip));
    }
}

// New rows go on top in one insertion; the rows held stay as they were.
void tst_InboxModel::newMessagesAppearAtTheTop()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    receive(store, 250);
    InboxModel model(&store, nullptr, 100);
    QTRY_COMPARE(model.rowCount(), 100);
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 200);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 250); // the tester asks for the rest at once
    model.fetchMore();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 250);
    const QList<qint64> before = ids(model);
    QPersistentModelIndex held = model.index(5, InboxModel::TextColumn);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QList<qint64> added = receive(store, 3, QStringLiteral("NEW"));
    QTRY_COMPARE(model.rowCount(), 253);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(ids(model).mid(0, 3), (QList<qint64>{added.at(2), added.at(1), added.at(0)}));
    QCOMPARE(ids(model).mid(3), before);
    QCOMPARE(held.row(), 8);
    QCOMPARE(model.at(0).message.sender, QStringLiteral("NEW2"));
    QVERIFY(!model.canFetchMore());
    QVERIFY(newestFirstWithoutRepeats(ids(model)));
}

// A page asked for while new rows wait unmerged overlaps the rows held: the
// overlap is dropped by id, nothing is missed.
void tst_InboxModel::pagingWhileMessagesArriveSkipsNoneAndRepeatsNone()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    receive(store, 30);
    InboxModel model(&store, nullptr, 10);
    QTRY_COMPARE(model.rowCount(), 10);
    // Written, and the page asked for, before the change notification is seen.
    const QList<qint64> added = receive(store, 4, QStringLiteral("NEW"));
    model.fetchMore();
    // Its first 4 rows are held already (the 4 new ones pushed them down):
    // 6 more, then the 4 new on top.
    QTRY_COMPARE(model.rowCount(), 20);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.at(0).id, added.last());
    while (model.canFetchMore()) {
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
    }
    QCOMPARE(model.rowCount(), 34);
    QVERIFY(newestFirstWithoutRepeats(ids(model)));
}

void tst_InboxModel::moreThanAPageArrivingAtOnceIsInsertedWhole()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    receive(store, 5);
    InboxModel model(&store, nullptr, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 5);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QList<qint64> added = receive(store, 35, QStringLiteral("BURST"));
    QTRY_COMPARE(model.rowCount(), 40);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.at(0).id, added.last());
    QCOMPARE(model.at(34).id, added.first());
    QVERIFY(newestFirstWithoutRepeats(ids(model)));
    QVERIFY(inserted.size() <= 2); // a batch per change notification, not a row each
}

// `netmsg listen` stores into the same file from another connection.
void tst_InboxModel::anotherProcessesMessagesAppear()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    receive(store, 2);
    InboxModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 2);
    HistoryStore other;
    QVERIFY(other.open(path()).isSuccess());
    QVERIFY(awaited(other.recordReceived(testReceived(QStringLiteral("LISTENER"))))
                .outcome.isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10000);
    QCOMPARE(model.at(0).message.sender, QStringLiteral("LISTENER"));
}

void tst_InboxModel::marksUnreadRowsAndFollowsReadFlags()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    const QList<qint64> written = receive(store, 3);
    QVERIFY(awaited(store.markRead(written.at(0))).outcome.isSuccess());
    InboxModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 3);
    const auto marker = [&](int row) {
        return model.index(row, InboxModel::UnreadColumn).data().toString();
    };
    const auto bold = [&](int row) {
        return model.index(row, InboxModel::TextColumn).data(Qt::FontRole).value<QFont>().bold();
    };
    // Row 2 is the oldest, the one read.
    QCOMPARE(marker(2), QString());
    QVERIFY(!bold(2));
    QVERIFY(!model.index(2, 0).data(InboxModel::ReadRole).isNull());
    QVERIFY(model.index(2, 0).data(InboxModel::ReadRole).toBool());
    QCOMPARE(marker(0), QStringLiteral("\u25CF"));
    QVERIFY(bold(0));
    QCOMPARE(model.index(0, InboxModel::UnreadColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("unread"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A read under way when the row is marked here (begun before the write)
    // must not bring the old state back, not even for a moment.
    QStringList seen;
    connect(&model, &QAbstractItemModel::dataChanged, this, [&] { seen.append(marker(0)); });
    model.refresh();
    const HistoryWrite marked = awaited(model.setRead(written.at(2), true));
    QVERIFY(marked.outcome.isSuccess());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(marker(0), QString());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(marker(0), QString());
    QVERIFY2(!seen.contains(QStringLiteral("\u25CF")), qPrintable(seen.join(QLatin1Char(','))));
    QVERIFY(!bold(0));
    QCOMPARE(awaited(store.unreadCount()).rows, 1);

    // Marked unread elsewhere: the change notification brings it here.
    HistoryStore other;
    QVERIFY(other.open(path()).isSuccess());
    QVERIFY(awaited(other.markRead(written.at(0), false)).outcome.isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(marker(2), QStringLiteral("\u25CF"), 10000);
    QCOMPARE(model.rowCount(), 3);
}

void tst_InboxModel::readErrorIsShownNotAnEmptyInbox()
{
    QVERIFY(damageHistory(path()));
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    InboxModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.hasLoaded());
    QCOMPARE(model.status().code(), quint32(Code::InvalidData));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
}

void tst_InboxModel::noHistoryIsAnError()
{
    InboxModel model(nullptr);
    QVERIFY(model.hasLoaded());
    QVERIFY(!model.status().isSuccess());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
}

QTEST_MAIN(tst_InboxModel)
#include "tst_inboxmodel.moc"
