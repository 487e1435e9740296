#pragma once

#include "recipientedit.h"
#include "sendrequest.h"

#include <optional>
#include <QFuture>
#include <QMap>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class ComposeWidget;
}

namespace netmsg::gui {

class ConsoleContext;
class UnencodableHighlighter;

// The compose tab: recipients (completed from the address book and groups,
// each bad entry marked with its reason), sender, server, the route or one
// transport (with why each is or is not available), the message with a live
// byte count in the wire encoding against the transport's limit and its
// unencodable characters marked, templates, and the split and hold options.
// Broadcasts and large sends ask first. It builds a SendRequest; the delivery
// tab runs it. Every check is core's (DeliveryJob::checkRecipient/checkText).
class ComposeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComposeWidget(ConsoleContext &context, QWidget *parent = nullptr);
    ~ComposeWidget() override;

    void setRecipients(const QString &text);
    QString recipientsText() const;
    void setMessageText(const QString &text);
    QString messageText() const;
    // Starts a reply to a received message: its sender (as the peer claimed
    // it) at the peer's address.
    void replyTo(const QString &sender, const QString &peerAddress);
    // Picks the route (index 0) or one transport by id.
    bool selectTransport(const QString &id);

    // Whether Send would go now (the last check is of what the fields say and
    // found nothing wrong); otherwise problem() says why.
    bool isValid() const { return m_valid; }
    QString problem() const { return m_problem; }
    QString counterText() const;

public Q_SLOTS:
    void send();
    void dryRun();
    void preflight();
    // The template list again from the TemplateStore (after the templates
    // dialog saved).
    void reloadTemplates();

Q_SIGNALS:
    void sendRequested(const netmsg::gui::SendRequest &request);
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillRoutes();
    void fillTemplates();
    void loadAddressBook();
    void scheduleCheck();
    // Checks the fields on a worker (ComposeCheck); the result comes back in
    // applyCheck(). A send or dry run asked for meanwhile waits for it.
    void check();
    void applyCheck(const ComposeCheck &result, quint64 generation);
    bool isCheckCurrent() const;
    void showIssues(const ComposeCheck &result);
    void updateCounter(const QList<RouteEntry> &route);
    QList<RouteEntry> chosenRoute() const;
    ComposeInput input() const;
    std::optional<SendRequest> currentRequest(QString *problem) const;
    void sendChecked();
    void dryRunChecked();
    void preflightChecked();
    bool confirm(const SendRequest &request);
    void insertTemplate();

    std::unique_ptr<Ui::ComposeWidget> m_ui;
    ConsoleContext &m_context;
    UnencodableHighlighter *m_highlighter;
    QTimer m_checkTimer;
    QMap<QString, QStringList> m_groups;
    enum class Pending { Nothing, Send, DryRun, Preflight };
    Pending m_pending = Pending::Nothing;
    std::optional<ComposeCheck> m_last;
    QFuture<ComposeCheck> m_checkFuture;
    QString m_checkedText;   // the message text of the check under way
    QString m_lastInputText; // and of the last one that came back
    quint64 m_generation = 0;
    bool m_checking = false;
    bool m_dirty = false;
    bool m_valid = false;
    QString m_problem;
};

} // namespace netmsg::gui
