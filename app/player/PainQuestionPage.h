#pragma once

#include <optional>
#include <QWidget>

class QLabel;
class QPushButton;

namespace limber {

class PainScale;

// Before Start: "How is your back right now?", answered in one tap or skipped with one click
// or Escape, so that the history can show whether stretching helps.
class PainQuestionPage : public QWidget
{
    Q_OBJECT

public:
    explicit PainQuestionPage(QWidget *parent = nullptr);

    // Clears the last answer and takes the keyboard.
    void ask();
    PainScale *scale() const { return m_scale; }
    QPushButton *skipButton() const { return m_skip; }

Q_SIGNALS:
    // Unset when skipped.
    void answered(std::optional<int> pain);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_question;
    QLabel *m_hint;
    PainScale *m_scale;
    QPushButton *m_skip;
};

} // namespace limber
