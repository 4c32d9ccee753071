#pragma once

#include <optional>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QLabel;

namespace limber {

// The numeric rating scale clinicians use, as one row of large buttons: 0 no pain … 10 worst
// imaginable. Answered with one click, or from the keyboard with a digit (1 then 0 within a
// second for 10), so someone already on the floor needs no mouse; or with the arrow keys to
// pick and then Enter or Space to answer.
class PainScale : public QWidget
{
    Q_OBJECT

public:
    explicit PainScale(QWidget *parent = nullptr);

    std::optional<int> value() const { return m_value; }
    // Unset clears the choice.
    void setValue(std::optional<int> value);
    // How long a "1" waits for a "0" to make 10.
    void setTenWindow(std::chrono::milliseconds window) { m_pendingOne.setInterval(window); }

Q_SIGNALS:
    void answered(int pain);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(int pain);
    // Shows pain as picked with the arrows, not yet answered.
    void pick(int pain);

    QButtonGroup *m_buttons;
    QLabel *m_noPain;
    QLabel *m_worst;
    QTimer m_pendingOne;
    std::optional<int> m_value;
    // Picked with the arrows since the question was asked; Space alone is no answer, so the
    // Space that started the routine cannot rate the pain by mistake.
    std::optional<int> m_picked;
};

} // namespace limber
