#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace limber {

// "Before you start": the seed's six safe-stretching guidelines, short enough to scan, and
// Limber's medical disclaimer.
class GuidelinesView : public QWidget
{
    Q_OBJECT

public:
    explicit GuidelinesView(QWidget *parent = nullptr);

    QPushButton *backButton() const { return m_back; }

Q_SIGNALS:
    void backRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void arrangeItems(int columns);

    QPushButton *m_back;
    QGridLayout *m_items;
    QLabel *m_title;
    QLabel *m_intro;
    QWidget *m_note;
    QLabel *m_noteIcon;
    QLabel *m_disclaimer;
    QWidget *m_scrollArea;
    QList<QWidget *> m_itemWidgets;
    int m_columns = 0;
};

} // namespace limber
