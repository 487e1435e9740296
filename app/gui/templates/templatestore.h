#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace netmsg::gui {

struct MessageTemplateEntry
{
    QString name;
    QString text; // may hold {date}, {time}, {sender}, {recipient}
};

// The operator's message templates, kept in the settings. A first start
// offers a few common ones.
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::gui::TemplateStore)
public:
    explicit TemplateStore(QSettings &settings);

    QList<MessageTemplateEntry> templates() const;
    void setTemplates(const QList<MessageTemplateEntry> &templates);
    static QList<MessageTemplateEntry> defaults();

private:
    QSettings &m_settings;
};

} // namespace netmsg::gui
