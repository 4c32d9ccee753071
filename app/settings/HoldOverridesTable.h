#pragma once

#include <QTableView>

class QAbstractButton;

namespace limber {

class HoldOverridesModel;

// The per-stretch holds as a table that is always shown whole (no inner scroll bar inside
// the page's own), with a Reset button on each row that has an override. A click on a hold
// edits it; Delete or Backspace removes the current row's override.
class HoldOverridesTable : public QTableView
{
    Q_OBJECT

public:
    explicit HoldOverridesTable(HoldOverridesModel *model, QWidget *parent = nullptr);

    QAbstractButton *resetButton(int row) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addResetButtons();
    void retranslateUi();
    void updateResetButtons();
    void resetRow(int row);
    void fitToContents();

    HoldOverridesModel *m_model;
};

} // namespace limber
