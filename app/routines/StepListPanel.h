#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace limber {

class Catalog;
class RoutineEditorModel;
class StretchListModel;

// The steps of the routine being edited, with the buttons that change them: add a stretch
// from the catalog, remove the selected one (also Delete), move it up or down (also Alt+Up,
// Alt+Down, or by dragging). An empty routine shows how to start instead of an empty list.
class StepListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepListPanel(const Catalog &catalog, QWidget *parent = nullptr);

    RoutineEditorModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QMenu *addMenu() const { return m_addMenu; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }

    void setReadOnly(bool readOnly);
    // Appends the stretch and selects it; false when read-only, unknown or full.
    bool addStretch(const QString &stretchId);
    // The catalog's own stretches changed: names and pictures are read again.
    void reloadStretches();
    bool removeCurrentStep();
    // delta -1 moves the selected step up, 1 down; the selection follows it.
    bool moveCurrentStep(int delta);
    int currentStep() const;
    void setCurrentStep(int row);

Q_SIGNALS:
    void currentStepChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillAddMenu();
    void updateButtons();

    const Catalog &m_catalog;
    bool m_readOnly = false;
    StretchListModel *m_thumbnails;
    RoutineEditorModel *m_model;
    QStackedWidget *m_pages;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_add;
    QMenu *m_addMenu;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace limber
