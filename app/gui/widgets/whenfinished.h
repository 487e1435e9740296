#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace netmsg::gui {

// Calls `callback` with `future`'s result on `receiver`'s thread once it
// finishes, or never when `receiver` is gone by then (or the future ended
// without a result). Qt 6.4's QFuture::then(context, ...) needs its context
// to outlive the future (it asserts otherwise), and a history read may
// finish after the view that asked for it has closed; a QFutureWatcher
// owned by the receiver dies with it.
template <typename T, typename Callback>
void whenFinished(QObject *receiver, const QFuture<T> &future, Callback callback)
{
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, callback = std::move(callback)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> finished = watcher->future();
                         if (finished.resultCount() > 0)
                             callback(finished.result());
                     });
    watcher->setFuture(future);
}

} // namespace netmsg::gui
