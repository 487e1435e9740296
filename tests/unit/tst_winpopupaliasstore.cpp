#include "aliasstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
// the listener answers to the new name, and neither write loses the other's.
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
    QVERIFY(listener.contains(QStringLiteral("NIGHT")));
    QVERIFY(listener.add(QStringLiteral("DAY")).isSuccess());
    QVERIFY(cli.remove(QStringLiteral("OPS")).isSuccess());
    QCOMPARE(listener.aliases(), (QStringList{QStringLiteral("NIGHT"), QStringLiteral("DAY")}));
    QVERIFY(!listener.contains(QStringLiteral("OPS")));
}

QTEST_GUILESS_MAIN(TestWinPopupAliasStore)
#include "tst_winpopupaliasstore.moc"
