#pragma once

#include "aliases/aliasservers.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AliasesWidget;
}

namespace netmsg::gui {

class AliasMatrixModel;
class ConsoleContext;

// The aliases tab: servers side by side (this computer's receiver, and the
// remote hosts and servers the operator adds), one table of alias × server,
// refresh per server or all, add an alias to a server and delete the
// selected one. What a server allows comes from its transport
// (aliasAccess): a server whose transport can only list is read-only and
// says so. Every failure is explained in the Outcome catalogue's words.
class AliasesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AliasesWidget(ConsoleContext &context, QWidget *parent = nullptr);
    ~AliasesWidget() override;

    AliasMatrixModel *model() const { return m_model; }
    AliasServers *servers() const { return m_servers; }
    // The server the actions act on (an index into servers()), -1 if none.
    int currentServer() const;
    void selectServer(int index);
    // What the inline status line says now.
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void refreshAll();
    void addServer();
    void removeServer();
    void addAlias();
    void deleteSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onServerAdded(int index);
    void onServerRemoved(int index);
    void onServerChanged(int index);
    void onListed(int index, const AliasListing &listing);
    void onChangeFinished(int index, AliasChange change, const QString &name,
                          const Outcome &outcome);
    void onCurrentCellChanged();
    void fillServerBox();
    void fillTransportBox();
    void updateAccess();
    void updateActions();
    void showStatus(const QString &text, bool error);
    QString accessText(const AliasServer &server) const;
    static QString explain(const Outcome &outcome);

    std::unique_ptr<Ui::AliasesWidget> m_ui;
    ConsoleContext &m_context;
    AliasServers *m_servers;
    AliasMatrixModel *m_model;
};

} // namespace netmsg::gui
