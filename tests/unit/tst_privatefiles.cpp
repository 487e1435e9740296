#include "filemodes.h"
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

// On Unix, what netmsg creates for its history, settings and state is 0600 (a
// file) or 0700 (a folder) however permissive the umask; what exists already
// is left as it is.
class tst_PrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void makeFolderMakesEachMissingLevelOwnerOnly();
    void makeFolderLeavesAnExistingFolderAlone();
    void createFileMakesAnEmptyOwnerOnlyFile();
    void createFileLeavesAnExistingFileAlone();
    void restrictedSaveFileIsOwnerOnly();

private:
    QTemporaryDir m_dir;
};

void tst_PrivateFiles::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix file modes: on Windows the files inherit their folder's ACL");
#else
    testing::useReadableUmask();
    QVERIFY(m_dir.isValid());
#endif
}

#ifdef Q_OS_UNIX
void tst_PrivateFiles::makeFolderMakesEachMissingLevelOwnerOnly()
{
    const QString outer = m_dir.filePath(QStringLiteral("outer"));
    const QString inner = outer + QStringLiteral("/middle/inner");
    QVERIFY(PrivateFiles::makeFolder(inner));
    QVERIFY(QFileInfo(inner).isDir());
    QCOMPARE(testing::modeOf(outer), QStringLiteral("0700"));
    QCOMPARE(testing::modeOf(outer + QStringLiteral("/middle")), QStringLiteral("0700"));
    QCOMPARE(testing::modeOf(inner), QStringLiteral("0700"));
    QVERIFY(PrivateFiles::makeFolder(inner)); // a second time: it is there
}

void tst_PrivateFiles::makeFolderLeavesAnExistingFolderAlone()
{
    const QString shared = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(shared));
    QVERIFY(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup));
    QVERIFY(PrivateFiles::makeFolder(shared + QStringLiteral("/netmsg")));
    QCOMPARE(testing::modeOf(shared), QStringLiteral("0750"));
    QCOMPARE(testing::modeOf(shared + QStringLiteral("/netmsg")), QStringLiteral("0700"));
    // A file where the folder should be is no folder.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(!PrivateFiles::makeFolder(blocker.fileName()));
}

void tst_PrivateFiles::createFileMakesAnEmptyOwnerOnlyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("created.sqlite"));
    QVERIFY(PrivateFiles::createFile(path));
    QCOMPARE(testing::modeOf(path), QStringLiteral("0600"));
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!PrivateFiles::createFile(m_dir.filePath(QStringLiteral("no/such/folder/file"))));
}

void tst_PrivateFiles::createFileLeavesAnExistingFileAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[General]\nlanguage=de\n");
    file.close();
    const QString before = testing::modeOf(path);
    QCOMPARE(before, QStringLiteral("0644")); // the umask's, as the test set it
    QVERIFY(PrivateFiles::createFile(path));
    QCOMPARE(testing::modeOf(path), before);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("[General]\nlanguage=de\n"));
}

void tst_PrivateFiles::restrictedSaveFileIsOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("state.json"));
    for (int round = 0; round < 2; ++round) { // new, then replacing itself
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(PrivateFiles::restrict(file));
        file.write("{}");
        QVERIFY(file.commit());
        QCOMPARE(testing::modeOf(path), QStringLiteral("0600"));
    }
    // Without it, a new file gets the umask's mode: what the call is for.
    const QString plain = m_dir.filePath(QStringLiteral("plain.json"));
    QSaveFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.commit());
    QCOMPARE(testing::modeOf(plain), QStringLiteral("0644"));
}
#else
void tst_PrivateFiles::makeFolderMakesEachMissingLevelOwnerOnly() {}
void tst_PrivateFiles::makeFolderLeavesAnExistingFolderAlone() {}
void tst_PrivateFiles::createFileMakesAnEmptyOwnerOnlyFile() {}
void tst_PrivateFiles::createFileLeavesAnExistingFileAlone() {}
void tst_PrivateFiles::restrictedSaveFileIsOwnerOnly() {}
#endif

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
