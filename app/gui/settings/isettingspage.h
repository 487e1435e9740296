#pragma once

#include "outcome.h"
#include "settings.h"

#include <QIcon>
#include <QString>

class QWidget;

namespace netmsg::gui {

// One page of the settings dialog (as KeePassXC's ISettingsPage): it shows
// some of the Settings, checks what was typed, and writes it back. The
// dialog checks every page before it saves any, so a page with a problem
// leaves the settings untouched.
class ISettingsPage
{
public:
    virtual ~ISettingsPage() = default;

    // The translated name in the category list.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual QWidget *widget() = 0;

    virtual void load(const Settings &settings) = 0;
    virtual void save(Settings &settings) = 0;
    // What is wrong with the page's input, naming the field and why
    // (success when nothing is); the focus moves to that field.
    virtual Outcome validate() = 0;
};

} // namespace netmsg::gui
