#pragma once

#include "command.h"

#include "historystore.h"
#include "imessagetransport.h"
#include "outcome.h"
#include "route.h"
#include "settings.h"
#include "transportregistry.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace netmsg::cli {

// What a transport's future holds when it ended without a result (its promise
// was dropped unfinished): an internal error of that transport.
Outcome noResultOutcome();
inline void noResult(Outcome *value)
{
    *value = noResultOutcome();
}
inline void noResult(AliasListing *value)
{
    *value = AliasListing{noResultOutcome(), {}};
}

// Waits for a transport's answer while the event loop runs, so that
// event-driven transports (sockets, timers) can make progress.
template <typename T> T awaitResult(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    // result() of a future without one is undefined behaviour (a crash).
    if (future.resultCount() == 0) {
        T value;
        noResult(&value);
        return value;
    }
    return future.result();
}

// What a command works with: settings, the transport registry, the history,
// and output in text or JSON lines.

class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::cli::CliSession)
public:
    explicit CliSession(const QCommandLineParser &parser);

    bool json() const { return m_json; }
    Settings &settings() { return m_settings; }
    TransportRegistry &registry() { return m_registry; }

    // The transports tried per recipient: --transport (a route of one),
    // --route, the `route` setting, or the platform's default. Each step is
    // configured before it is first created, the same whichever way it was
    // chosen: its settings, then --transport-option (ID.KEY=VALUE, or
    // KEY=VALUE for a route of one), then `codePage` for every step that
    // speaks an OEM code page. Steps this system lacks stay on the route with
    // their reason. On bad options prints why, sets `exitCode`, returns nullopt.
    // `codePageGiven`: the user named it (--codepage), so a route without an
    // OEM transport is an error; from the settings it only applies where it can.
    // `fallback`: the route to take when neither --transport nor --route is
    // given, instead of the settings' (a resume takes its message's).
    std::optional<QList<RouteEntry>> route(int *exitCode, const QString &codePage = {},
                                           bool codePageGiven = false,
                                           const QStringList &fallback = {});
    // For commands that use one transport (alias, listen): --transport, else
    // the first usable step of the route that can do `needed`. On failure
    // prints why and sets `exitCode`.
    IMessageTransport *transport(int *exitCode, Capability needed);
    // The history file, opened; on failure prints why and sets `exitCode`.
    HistoryStore *history(int *exitCode);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonObject &object);
    // Prints an outcome as an error line "netmsg: <context>: <description> (<code>): <detail>".
    void printError(const QString &context, const Outcome &outcome);
    void printError(const QString &message);

    static QJsonObject outcomeJson(const Outcome &outcome);
    // Terminal-safe text: C0 controls other than newline and tab, and DEL, escaped.
    static QString escapeControls(const QString &text);
    // Exit code for an operation outcome: 65 bad input, 69 unavailable, else 2.
    static int exitCodeFor(const Outcome &outcome);

private:
    Outcome configureRoute(const QStringList &ids, const QString &codePage, bool codePageGiven);

    bool m_json;
    QString m_transportId;
    QString m_routeText;
    QStringList m_transportOptions;
    Settings m_settings;
    TransportRegistry m_registry;
    std::unique_ptr<HistoryStore> m_history;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace netmsg::cli
