#pragma once

#include "command.h"

#include "historystore.h"
#include "imessagetransport.h"
#include "outcome.h"
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

    // The transport named by --transport, the settings, or the registry's
    // default; configured with settings and --transport-option, checked for
    // availability. On failure prints why and sets `exitCode`.
    IMessageTransport *transport(int *exitCode, const QVariantMap &extraOptions = {});
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
    bool m_json;
    QString m_transportId;
    QStringList m_transportOptions;
    Settings m_settings;
    TransportRegistry m_registry;
    std::unique_ptr<HistoryStore> m_history;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace netmsg::cli
