#include "stretches/StretchPicturePanel.h"

#include "figures/PoseSolving.h"
#include "model/Catalog.h"
#include "stretches/PictureFile.h"
#include "stretches/PoseEditor.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace limber {

StretchPicturePanel::StretchPicturePanel(QWidget *parent)
    : QWidget(parent)
    , m_drawRadio(new QRadioButton(tr("&Draw the figure")))
    , m_imageRadio(new QRadioButton(tr("Use a &picture")))
    , m_pages(new QStackedWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_drawRadio);
    choice->addWidget(m_imageRadio);
    choice->addStretch();
    layout->addLayout(choice);
    auto *group = new QButtonGroup(this);
    group->addButton(m_drawRadio);
    group->addButton(m_imageRadio);
    m_drawRadio->setChecked(true);
    m_pages->addWidget(createDrawingPage());
    m_pages->addWidget(createImagePage());
    layout->addWidget(m_pages, 1);
    m_asker = [this] {
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        return QFileDialog::getOpenFileName(this, tr("Choose a picture"), pictures,
                                            PictureFile::fileFilter());
    };
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on)
            return;
        showPage();
        if (!m_settingUp)
            Q_EMIT edited(QString());
    });
}

QWidget *StretchPicturePanel::createDrawingPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_poseEditor = new PoseEditor;
    m_poseEditor->setMinimumSize(320, 280);
    m_poseEditor->setAccessibleName(tr("Figure"));
    layout->addWidget(m_poseEditor, 1);
    m_startFrom = new QPushButton(tr("&Start again from"));
    m_startFrom->setMenu(createStartMenu());
    auto *line = new QHBoxLayout;
    line->addWidget(m_startFrom);
    line->addStretch();
    layout->addLayout(line);
    connect(m_poseEditor, &PoseEditor::illustrationChanged, this, [this] {
        if (m_settingUp)
            return;
        // The pose editor merges a drag into one step of its own history; following its
        // index makes that drag one step of the form's as well.
        Q_EMIT edited(QStringLiteral("pose:%1").arg(m_poseEditor->undoStack()->index()));
    });
    return page;
}

QMenu *StretchPicturePanel::createStartMenu()
{
    auto *menu = new QMenu(this);
    const auto add = [this, menu](const QString &text, const Illustration &drawing) {
        connect(menu->addAction(text), &QAction::triggered, this,
                [this, drawing] { startFrom(drawing); });
    };
    add(tr("Standing"), StretchFormRules::stillDrawing(standing()));
    add(tr("Lying on the back"), StretchFormRules::stillDrawing(supine()));
    add(tr("On hands and knees"), StretchFormRules::stillDrawing(allFours(0, 0, 0)));
    menu->addSection(tr("A built-in stretch"));
    for (const Stretch &stretch : Catalog::builtIn().stretches()) {
        if (stretch.isBuiltIn() && !stretch.illustration().keyframes.isEmpty())
            add(stretch.name(), stretch.illustration());
    }
    return menu;
}

QWidget *StretchPicturePanel::createImagePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preview = new QLabel;
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(320, 280);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Picture preview"));
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    layout->addWidget(m_preview, 1);
    m_fileName = new QLabel;
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileName->setWordWrap(true);
    layout->addWidget(m_fileName);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("pictureError"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *choose = new QPushButton(tr("C&hoose a picture…"));
    choose->setToolTip(tr("A PNG, JPEG or SVG file of at most 2 MiB. It is copied into "
                          "Limber's data folder and shown as it is, never mirrored."));
    auto *line = new QHBoxLayout;
    line->addWidget(choose);
    line->addStretch();
    layout->addLayout(line);
    connect(choose, &QPushButton::clicked, this, &StretchPicturePanel::askForImage);
    return page;
}

void StretchPicturePanel::setMode(PictureMode mode)
{
    m_settingUp = true;
    (mode == PictureMode::Image ? m_imageRadio : m_drawRadio)->setChecked(true);
    m_settingUp = false;
    showPage();
}

PictureMode StretchPicturePanel::mode() const
{
    return m_imageRadio->isChecked() ? PictureMode::Image : PictureMode::Drawn;
}

void StretchPicturePanel::setDrawing(const Illustration &drawing)
{
    const Illustration &current = m_poseEditor->illustration();
    if (current.keyframes == drawing.keyframes && current.highlighted == drawing.highlighted)
        return;
    m_settingUp = true;
    m_poseEditor->setIllustration(drawing);
    m_settingUp = false;
}

const Illustration &StretchPicturePanel::drawing() const
{
    return m_poseEditor->illustration();
}

void StretchPicturePanel::setImagePath(const QString &path)
{
    m_imagePath = path;
    m_fileName->setText(path.isEmpty() ? tr("No picture chosen yet.") : QFileInfo(path).fileName());
    updatePreview();
}

bool StretchPicturePanel::chooseImage(const QString &path)
{
    if (const auto problem = PictureFile::problem(path)) {
        m_error->setText(*problem);
        m_error->show();
        return false;
    }
    m_error->clear();
    m_error->hide();
    setImagePath(path);
    setMode(PictureMode::Image);
    Q_EMIT edited(QString());
    return true;
}

void StretchPicturePanel::askForImage()
{
    const QString path = m_asker ? m_asker() : QString();
    if (!path.isEmpty())
        chooseImage(path);
}

QString StretchPicturePanel::imageError() const
{
    return m_error->text();
}

void StretchPicturePanel::startFrom(const Illustration &drawing)
{
    setDrawing(drawing);
    setMode(PictureMode::Drawn);
    Q_EMIT edited(QString());
}

void StretchPicturePanel::showPage()
{
    m_pages->setCurrentIndex(mode() == PictureMode::Image ? 1 : 0);
    updatePreview();
}

void StretchPicturePanel::updatePreview()
{
    if (m_imagePath.isEmpty() || mode() != PictureMode::Image) {
        m_preview->setPixmap({});
        m_preview->setText(m_imagePath.isEmpty() ? tr("No picture chosen yet.") : QString());
        return;
    }
    const QSize room = m_preview->contentsRect().size() - QSize(8, 8);
    const QPixmap pixmap = PictureFile::preview(m_imagePath, room, devicePixelRatioF());
    if (pixmap.isNull())
        m_preview->setText(tr("The picture cannot be shown."));
    else
        m_preview->setPixmap(pixmap);
}

void StretchPicturePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updatePreview();
}

} // namespace limber
