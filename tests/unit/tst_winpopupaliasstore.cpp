#include "aliasstore.h"
#include "filemodes.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace netmsg;

// The receiver's alias list and its file (what NetMessageNameAdd/Del/Enum manage).
class TestWinPopupAliasStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addListRemove();
    void survivesRestart();
    void duplicateAndMissingHaveTheirCodes();
    void brokenFileIsReported();
    void anotherProcessesChangesAreSeen();
    void concurrentAddsAllSurvive();
    void changeOnAFreshRead();
    void staleLockOfADeadProcessIsTakenOver();
    void heldLockTimesOut();
    void brokenFileIsNotOverwritten();
    void neverInASharedTemporaryFolder();
    void fileIsOwnerOnly();
};

void TestWinPopupAliasStore::addListRemove()
{
    AliasStore store;
    QVERIFY(store.add(QStringLiteral("ops")).isSuccess());
    QVERIFY(store.add(QStringLiteral("Backup")).isSuccess());
    QCOMPARE(store.aliases(), (QStringList{QStringLiteral("OPS"), QStringLiteral("BACKUP")}));
    QVERIFY(store.contains(QStringLiteral("Ops")));
    QVERIFY(store.remove(QStringLiteral("OPS")).isSuccess());
    QVERIFY(!store.contains(QStringLiteral("OPS")));
}

void TestWinPopupAliasStore::survivesRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aliases.json"));
    {
        AliasStore store(path);
        QVERIFY(store.load().isSuccess());
        QVERIFY(store.add(QStringLiteral("OPS")).isSuccess());
        QVERIFY(store.add(QStringLiteral("NIGHT")).isSuccess());
        QVERIFY(store.remove(QStringLiteral("NIGHT")).isSuccess());
    }
    AliasStore again(path);
    QVERIFY(again.load().isSuccess());
    QCOMPARE(again.aliases(), QStringList{QStringLiteral("OPS")});
}

void TestWinPopupAliasStore::duplicateAndMissingHaveTheirCodes()
{
    AliasStore store;
    QVERIFY(store.add(QStringLiteral("OPS")).isSuccess());
    QCOMPARE(store.add(QStringLiteral("ops")).code(), quint32(Code::NerrAlreadyExists));
    QCOMPARE(store.remove(QStringLiteral("NOBODY")).code(), quint32(Code::NerrNotLocalName));
}

void TestWinPopupAliasStore::brokenFileIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aliases.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    AliasStore store(path);
    QCOMPARE(store.load().code(), quint32(Code::InvalidData));
    QVERIFY(store.aliases().isEmpty());
}

// `netmsg alias add` in one process while `netmsg listen` runs in another:
// the listener answers to the new name within a few milliseconds (it looks at
// the file at most every AliasStore::LookIntervalMs), and neither write loses
// the other's.
void TestWinPopupAliasStore::anotherProcessesChangesAreSeen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aliases.json"));
    AliasStore listener(path);
    QVERIFY(listener.load().isSuccess());
    QVERIFY(listener.add(QStringLiteral("OPS")).isSuccess());
    AliasStore cli(path);
    QVERIFY(cli.load().isSuccess());
    QVERIFY(cli.add(QStringLiteral("NIGHT")).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(listener.contains(QStringLiteral("NIGHT")), 1000);
    QVERIFY(listener.add(QStringLiteral("DAY")).isSuccess());
    QVERIFY(cli.remove(QStringLiteral("OPS")).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(!listener.contains(QStringLiteral("OPS")), 1000);
    QCOMPARE(listener.aliases(), (QStringList{QStringLiteral("NIGHT"), QStringLiteral("DAY")}));
}

// Two stores on one file (two processes: `netmsg alias add` twice at once)
// adding interleaved names: each change is made under the lock on a fresh
// read, so no add overwrites another's.
void TestWinPopupAliasStore::concurrentAddsAllSurvive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aliases.json"));
    constexpr int PerStore = 40;
    QList<Outcome> failures[2];
    auto adder = [&](int store) {
        AliasStore aliases(path);
        aliases.load();
        for (int i = 0; i < PerStore; ++i) {
            const Outcome added = aliases.add(QStringLiteral("S%1N%2").arg(store).arg(i));
            if (!added.isSuccess())
                failures[store].append(added);
        }
    };
    std::unique_ptr<QThread> first(QThread::create(adder, 0));
    std::unique_ptr<QThread> second(QThread::create(adder, 1));
    first->start();
    second->start();
    QVERIFY(first->wait(60000) && second->wait(60000));
    QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0].value(0).toString()));
    QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1].value(0).toString()));
    AliasStore result(path);
    QVERIFY(result.load().isSuccess());
    QCOMPARE(result.aliases().size(), 2 * PerStore);
    for (int store = 0; store < 2; ++store) {
        for (int i = 0; i < PerStore; ++i)
            QVERIFY(result.contains(QStringLiteral("S%1N%2").arg(store).arg(i)));
    }
    QVERIFY(!QFile::exists(path + QLatin1String(".lock")));
}

// A change another process made a moment ago, however alike the file looks
// (same size, same second), is never written over: changes read the file.
void TestWinPopupAliasStore::changeOnAFreshRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aliases.json"));
    AliasStore one(path);
    AliasStore other(path);
    QVERIFY(one.add(QStringLiteral("AAAA")).isSuccess());
    QVERIFY(other.contains(QStringLiteral("AAAA"))); // other caches the file now
    // Replace AAAA by BBBB behind other's back: same size, same timestamp.
    const QDateTime modified = QFileInfo(path).lastModified();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray content = file.readAll();
        content.replace("AAAA", "BBBB");
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(content), qint64(content.size()));
        file.close();
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    QVERIFY(other.add(QStringLiteral("CCCC")).isSuccess());
    AliasStore result(path);
    QVERIFY(result.load().isSuccess());
    QCOMPARE(result.aliases(), (QStringList{QStringLiteral("BBBB"), QStringLiteral("CCCC")}));
}

// A process that died holding the lock (killed mid-write) must not block
// every later change: its lock is taken over at once.
void TestWinPopupAliasStore::staleLockOfADeadProcessIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aliases.json"));
    const QString lockPath = path + QLatin1String(".lock");
    // A real lock's content, with the id of a process that has ended.
    QByteArray content;
    {
        QLockFile real(lockPath);
        QVERIFY(real.tryLock(0));
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        content = file.readAll();
    }
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("-functions")});
    QVERIFY(child.waitForStarted(10000));
    const qint64 deadPid = child.processId();
    QVERIFY(child.waitForFinished(10000));
    const qsizetype endOfPid = content.indexOf('\n');
    QVERIFY(endOfPid > 0);
    content.replace(0, endOfPid, QByteArray::number(deadPid));
    {
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    AliasStore store(path);
    QElapsedTimer timer;
    timer.start();
    const Outcome added = store.add(QStringLiteral("OPS"));
    QVERIFY2(added.isSuccess(), qPrintable(added.toString()));
    QVERIFY(timer.elapsed() < 5000); // taken over, not waited out
    QVERIFY(AliasStore(path).contains(QStringLiteral("OPS")));
    QVERIFY(!QFile::exists(lockPath));
}

void TestWinPopupAliasStore::heldLockTimesOut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aliases.json"));
    QLockFile held(path + QLatin1String(".lock"));
    QVERIFY(held.tryLock(0));
    // Another live holder, in a thread of its own so that this one may wait.
    Outcome added;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        AliasStore store(path);
        added = store.add(QStringLiteral("OPS"));
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QCOMPARE(added.code(), quint32(Code::Timeout));
    QVERIFY2(added.detail().contains(QLatin1String(".lock")), qPrintable(added.detail()));
    held.unlock();
    QVERIFY(!QFile::exists(path));
}

void TestWinPopupAliasStore::brokenFileIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aliases.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    AliasStore store(path);
    QCOMPARE(store.add(QStringLiteral("OPS")).code(), quint32(Code::InvalidData));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ not json"));
}

// The registry falls back to the system's temporary folder when it has no
// data folder: there the list stays in memory, never in a file others share.
void TestWinPopupAliasStore::neverInASharedTemporaryFolder()
{
    QString why;
    QVERIFY(AliasStore::filePathIn(QString(), &why).isEmpty());
    QVERIFY(!why.isEmpty());
    QVERIFY(AliasStore::filePathIn(QDir::tempPath(), &why).isEmpty());
    QVERIFY2(why.contains(QLatin1String("temporary")), qPrintable(why));
    QVERIFY(AliasStore::filePathIn(QDir::tempPath() + QLatin1Char('/'), &why).isEmpty());
    QTemporaryDir dir; // private to this user
    const QString path = AliasStore::filePathIn(dir.path(), &why);
    QCOMPARE(path, QDir(dir.path()).filePath(QStringLiteral("winpopup-aliases.json")));
    QVERIFY(why.isEmpty());
#ifdef Q_OS_UNIX
    const QString open = dir.filePath(QStringLiteral("open"));
    QVERIFY(QDir().mkpath(open));
    QVERIFY(QFile::setPermissions(open, QFile::permissions(open) | QFileDevice::WriteOther));
    QVERIFY(AliasStore::filePathIn(open, &why).isEmpty());
#endif
    // In memory, a store still works.
    AliasStore memory(AliasStore::filePathIn(QDir::tempPath()));
    QVERIFY(memory.add(QStringLiteral("OPS")).isSuccess());
    QVERIFY(memory.contains(QStringLiteral("OPS")));
}

// The alias list and a folder made for it are their user's alone, on every
// write (each replaces the file with a new one).
void TestWinPopupAliasStore::fileIsOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix file modes: on Windows the files inherit their folder's ACL");
#else
    netmsg::testing::useReadableUmask();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("state"));
    const QString path = folder + QStringLiteral("/winpopup-aliases.json");
    AliasStore store(path);
    QVERIFY(store.load().isSuccess());
    QVERIFY(store.add(QStringLiteral("OPS")).isSuccess());
    QCOMPARE(netmsg::testing::modeOf(path), QStringLiteral("0600"));
    QCOMPARE(netmsg::testing::modeOf(folder), QStringLiteral("0700"));
    QVERIFY(store.add(QStringLiteral("NIGHT")).isSuccess());
    QCOMPARE(netmsg::testing::modeOf(path), QStringLiteral("0600"));
#endif
}

QTEST_GUILESS_MAIN(TestWinPopupAliasStore)
#include "tst_winpopupaliasstore.moc"
