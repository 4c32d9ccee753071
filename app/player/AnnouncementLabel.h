#pragma once

#include <memory>
#include <QLabel>

namespace limber {

// A line of text that assistive technology is told about each time it changes, so a screen
// reader speaks it without the person moving focus to it.
//
// Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent came with 6.8), and its
// AT-SPI bridge drops QAccessible::Alert. What it does forward: NameChanged as
// object:property-change:accessible-name and ObjectShow as object:state-changed:showing.
// Orca (43, Debian 12's, and later) ignores name and text changes of anything but the focused
// object, but speaks an object with the notification role whenever it reports "showing".
// So this label has the Notification role and, on each new text, reports its name changed
// and that it is showing. It stays visible while playing (a hidden widget is not in the
// accessible tree), and shows sighted people the same words.
class AnnouncementLabel : public QLabel
{
    Q_OBJECT

public:
    explicit AnnouncementLabel(QWidget *parent = nullptr);
    ~AnnouncementLabel() override;

    // Shows the text and has it spoken; an empty text clears the line quietly.
    void announce(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    class ActivationObserver;

    void publishPendingSoon();
    void publish();

    std::unique_ptr<ActivationObserver> m_observer;
    // Announced but not yet told to assistive technology (hidden, or accessibility not yet on).
    bool m_pending = false;
};

} // namespace limber
