#include "templatestore.h"

#include <QSettings>

namespace netmsg::gui {

namespace {
const QString group = QStringLiteral("templates");
} // namespace

TemplateStore::TemplateStore(QSettings &settings)
    : m_settings(settings)
{}

QList<MessageTemplateEntry> TemplateStore::defaults()
{
    return {
        {tr("Maintenance"),
         tr("Maintenance on {date} at {time}: please save your work and log off. {sender}")},
        {tr("Reboot"), tr("{recipient}: this computer restarts in 10 minutes. {sender}")},
        {tr("Back online"), tr("The service is back online ({time}). {sender}")},
    };
}

QList<MessageTemplateEntry> TemplateStore::templates() const
{
    if (!m_settings.childGroups().contains(group))
        return defaults();
    QList<MessageTemplateEntry> list;
    const int count = m_settings.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        list.append({m_settings.value(QStringLiteral("name")).toString(),
                     m_settings.value(QStringLiteral("text")).toString()});
    }
    m_settings.endArray();
    return list;
}

void TemplateStore::setTemplates(const QList<MessageTemplateEntry> &templates)
{
    m_settings.remove(group);
    m_settings.beginWriteArray(group, int(templates.size()));
    for (int i = 0; i < templates.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), templates.at(i).name);
        m_settings.setValue(QStringLiteral("text"), templates.at(i).text);
    }
    m_settings.endArray();
}

} // namespace netmsg::gui
