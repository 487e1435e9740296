#pragma once

#include "sendrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace netmsg::gui {

// A rejected entry of the recipients field, where it is and why.
struct RecipientIssue
{
    QString entry;
    int line = 0; // 1-based, 0 = anywhere
    QString reason;
};

// What the compose tab's fields say, copied on the GUI thread.
struct ComposeInput
{
    QString recipients;
    QString text;
    QString sender;         // as typed (empty: the settings')
    QString settingsSender; // the settings' sender name
    QString server;
    QList<RouteEntry> route;
    DeliveryOptions options;
    QMap<QString, QStringList> groups;
};

// Everything the compose tab checks before it lets a send go, done by core's
// checks (RecipientList, Validation, DeliveryJob::checkRecipient and plan)
// away from the GUI thread: a pasted list of 10,000 names is parsed and
// checked on a worker, and the window stays responsive.
struct ComposeCheck
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::gui::ComposeCheck)
public:
    QList<Recipient> recipients;
    QList<RecipientIssue> issues;
    std::optional<SendRequest> request; // set when a send may go
    QString problem;                    // why not, otherwise

    // Runs on a worker: reads its input and, through core's checks, the
    // transports' limits(), capabilities() and checkAddress(), which may be
    // called from any thread (IMessageTransport). The compose tab waits for a
    // check under way before it goes, so the transports outlive it.
    static ComposeCheck run(const ComposeInput &input);
};

} // namespace netmsg::gui
