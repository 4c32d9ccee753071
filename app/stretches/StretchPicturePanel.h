#pragma once

#include "figures/Illustration.h"
#include "stretches/StretchFormState.h"

#include <functional>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace limber {

class PoseEditor;

// The picture of a stretch being edited: the figure drawn with the pose editor, or a picture
// file of the user's own (checked, previewed as it will show: scaled, never mirrored).
class StretchPicturePanel : public QWidget
{
    Q_OBJECT

public:
    explicit StretchPicturePanel(QWidget *parent = nullptr);

    // Each setter shows the value without emitting edited().
    void setMode(PictureMode mode);
    PictureMode mode() const;
    // Restarts the pose editor (and its undo history) only when the drawing differs.
    void setDrawing(const Illustration &drawing);
    const Illustration &drawing() const;
    void setImagePath(const QString &path);
    const QString &imagePath() const { return m_imagePath; }

    // Checks path and, when it is usable, shows it and switches to the picture; otherwise
    // shows why not and changes nothing. Emits edited() on success.
    bool chooseImage(const QString &path);
    // Asks for a file (a dialog unless replaced), then chooseImage().
    void askForImage();
    void setImageFileAsker(std::function<QString()> asker) { m_asker = std::move(asker); }
    // Why the last chosen file was refused; empty after a good one.
    QString imageError() const;

    PoseEditor *poseEditor() const { return m_poseEditor; }
    QPushButton *startFromButton() const { return m_startFrom; }
    QRadioButton *drawRadio() const { return m_drawRadio; }
    QRadioButton *imageRadio() const { return m_imageRadio; }

Q_SIGNALS:
    // A change by the user. Changes with the same non-empty key in a row are one undo step.
    void edited(const QString &mergeKey);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createDrawingPage();
    QWidget *createImagePage();
    QMenu *createStartMenu();
    void startFrom(const Illustration &drawing);
    void showPage();
    void updatePreview();

    QRadioButton *m_drawRadio;
    QRadioButton *m_imageRadio;
    QStackedWidget *m_pages;
    PoseEditor *m_poseEditor = nullptr;
    QPushButton *m_startFrom = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_fileName = nullptr;
    QLabel *m_error = nullptr;
    QString m_imagePath;
    std::function<QString()> m_asker;
    bool m_settingUp = false;
};

} // namespace limber
