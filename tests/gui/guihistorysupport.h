#pragma once

#include "historystore.h"
#include "historytestsupport.h"

#include <QFile>
#include <QtTest>

// What the console's history tests share: a damaged history file, futures
// awaited without blocking the event loop the models need.
namespace netmsg {

// Waits for `future` while this thread's events run (the models' continuations
// come back through them).
template <typename T> T awaited(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("a history future did not finish");
    return future.result();
}

// A history whose data pages are junk over an intact schema: it opens, and
// every read of the rows says the data is invalid (as tst_historystore's
// damagedFileIsAnErrorNotNoRows does it).
inline bool damageHistory(const QString &path)
{
    {
        HistoryStore store;
        if (!store.open(path).isSuccess())
            return false;
        QList<QFuture<HistoryWrite>> writes;
        for (int i = 0; i < 300; ++i) {
            SentMessageRecord message;
            message.text = QString(1000, QLatin1Char('x'));
            writes.append(store.recordMessage(message));
            writes.append(store.recordReceived(
                testReceived(QStringLiteral("EVE"), QString(1000, QLatin1Char('y')))));
        }
        for (const auto &write : std::as_const(writes)) {
            if (!write.result().outcome.isSuccess())
                return false;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pageSize = 4096;
    const qint64 start = (file.size() / 2 / pageSize) * pageSize;
    file.seek(start);
    QByteArray junk(int(file.size() - start), '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((quint32(i) * 7919u + 13u) & 0xffu);
    return file.write(junk) == junk.size();
}

} // namespace netmsg
