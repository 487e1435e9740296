// DllSearchPath (core/dllsearchpath_win.cpp), which both programs call first
// in main(): a DLL in the working folder loads by name before it and not
// after it, while one beside the program still does.

#include "dllsearchpath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <windows.h>

using namespace netmsg;

class tst_DllSearchPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workingFolderIsNoLongerSearched();
    void programFolderStillIs();

private:
    static HMODULE loadByName(const QString &name)
    {
        return LoadLibraryW(reinterpret_cast<const wchar_t *>(name.utf16()));
    }

    QString m_probe; // beside this program
    QTemporaryDir m_workingFolder;
    const QString m_planted = QStringLiteral("netmsg_planted_probe.dll");
};

void tst_DllSearchPath::initTestCase()
{
    m_probe = QCoreApplication::applicationDirPath() + QStringLiteral("/tst_dllprobe.dll");
    QVERIFY2(QFile::exists(m_probe), qPrintable(m_probe));
    QVERIFY(m_workingFolder.isValid());
    QVERIFY(QFile::copy(m_probe, m_workingFolder.filePath(m_planted)));
}

void tst_DllSearchPath::workingFolderIsNoLongerSearched()
{
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_workingFolder.path()));
    // Before: Windows' default order finds the planted DLL in the working
    // folder (the danger), which shows that the check below can fail.
    HMODULE before = loadByName(m_planted);
    QVERIFY2(before, "the default search order did not find a DLL in the working folder");
    QVERIFY(FreeLibrary(before));
    QVERIFY(!GetModuleHandleW(reinterpret_cast<const wchar_t *>(m_planted.utf16())));

    const Outcome restricted = DllSearchPath::restrictToSafeFolders();
    QVERIFY2(restricted.isSuccess(), qPrintable(restricted.toString()));
    HMODULE after = loadByName(m_planted);
    const DWORD error = GetLastError();
    QDir::setCurrent(previous);
    if (after)
        FreeLibrary(after);
    QVERIFY2(!after, "a DLL in the working folder still loads by name");
    QCOMPARE(error, DWORD(ERROR_MOD_NOT_FOUND));
}

// netmsg's own DLLs and Qt's sit beside the program: those must still load.
void tst_DllSearchPath::programFolderStillIs()
{
    QVERIFY(DllSearchPath::restrictToSafeFolders().isSuccess());
    HMODULE probe = loadByName(QStringLiteral("tst_dllprobe.dll"));
    QVERIFY2(probe, "the program's own folder is no longer searched");
    using Probe = int (*)();
    const auto function =
        reinterpret_cast<Probe>(reinterpret_cast<void *>(GetProcAddress(probe, "netmsgDllProbe")));
    QVERIFY(function);
    QCOMPARE(function(), 42);
    FreeLibrary(probe);
}

QTEST_GUILESS_MAIN(tst_DllSearchPath)
#include "tst_dllsearchpath.moc"
