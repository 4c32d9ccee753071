#include "settings/SettingsView.h"

#include "settings/AppearanceSettingsSection.h"
#include "settings/CueSettingsSection.h"
#include "settings/DataFolderSection.h"
#include "settings/HistorySettingsSection.h"
#include "settings/ReminderSettingsSection.h"
#include "settings/SettingsForm.h"
#include "settings/TimingSettingsSection.h"
#include "storage/Settings.h"
#include "widgets/Hairline.h"
#include "widgets/PaletteTools.h"
#include "widgets/RoutineTotalLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace limber {

namespace {
// Form rows wider than this only push each control further from its label.
constexpr int maximumContentWidth = 740;
constexpr int sideMargin = 24;
constexpr QMargins footerMargins{sideMargin, 10, sideMargin, 12};

bool askBeforeReset(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, SettingsView::tr("Reset all settings?"),
                    SettingsView::tr("Every setting on this page goes back to its default, "
                                     "and your own holds for single stretches are removed."),
                    QMessageBox::Cancel, parent);
    QPushButton *reset = box.addButton(SettingsView::tr("Reset all"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == reset;
}

// Keeps content at most maximumContentWidth wide, centred in whatever room there is.
QWidget *centred(QWidget *content, const QMargins &margins)
{
    content->setMaximumWidth(maximumContentWidth);
    auto *frame = new QWidget;
    content->setParent(frame);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(margins);
    layout->addStretch(0);
    layout->addWidget(content, 1);
    layout->addStretch(0);
    return frame;
}
} // namespace

SettingsView::SettingsView(Settings &settings, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_confirmReset(askBeforeReset)
    , m_scrollArea(new QScrollArea(this))
{
    // Built top to bottom, so that Tab follows the page and then the bar.
    auto *page = new QWidget;
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("settingsTitle"));
    m_title->setFont(scaledFont(font(), 2.0, true));
    m_subtitle = createCaption(page);
    m_timing = new TimingSettingsSection(settings, catalog, page);
    m_cues = new CueSettingsSection(settings, page);
    m_history = new HistorySettingsSection(settings, page);
    m_appearance = new AppearanceSettingsSection(settings, page);
    auto *pageLayout = m_pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_title);
    pageLayout->addSpacing(4);
    pageLayout->addWidget(m_subtitle);
    pageLayout->addSpacing(28);
    pageLayout->addWidget(m_timing);
    pageLayout->addSpacing(36);
    pageLayout->addWidget(m_cues);
    pageLayout->addSpacing(36);
    pageLayout->addWidget(m_history);
    pageLayout->addSpacing(36);
    pageLayout->addWidget(m_appearance);
    pageLayout->addStretch(1);

    m_scrollArea->setWidget(centred(page, QMargins(sideMargin, 20, sideMargin, 32)));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    // No Tab stop of its own (it would show no focus): Tab through the controls scrolls it.
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The page paints the window colour, like the other views.
    m_scrollArea->viewport()->setAutoFillBackground(false);
    m_scrollArea->widget()->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scrollArea, 1);
    layout->addWidget(new Hairline(this));
    layout->addWidget(buildFooter(settings, catalog));

    // The bar lines up with the page above it, whose room narrows by the scroll bar.
    m_scrollArea->viewport()->installEventFilter(this);

    retranslateUi();
    connect(m_cues, &CueSettingsSection::testVoiceRequested, this,
            &SettingsView::testVoiceRequested);
    connect(m_resetAll, &QPushButton::clicked, this, &SettingsView::resetAll);
}

QWidget *SettingsView::buildFooter(const Settings &settings, const Catalog &catalog)
{
    auto *bar = new QWidget;
    m_total = new RoutineTotalLabel(settings, catalog, bar);
    m_total->setObjectName(QStringLiteral("routineTotal"));
    m_resetAll = new QPushButton(bar);
    m_resetAll->setObjectName(QStringLiteral("resetAll"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_total, 1);
    layout->addWidget(m_resetAll);
    m_footer = centred(bar, footerMargins);
    m_footer->setParent(this);
    return m_footer;
}

void SettingsView::reloadStretches()
{
    m_timing->reloadStretches();
}

void SettingsView::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_subtitle->setText(tr("Changes apply at once."));
    m_scrollArea->setAccessibleName(tr("Settings"));
    m_scrollArea->verticalScrollBar()->setAccessibleName(tr("Scroll the settings"));
    m_resetAll->setText(tr("Reset all to defaults…"));
    m_resetAll->setAccessibleName(tr("Reset all settings to their defaults"));
    m_resetAll->setToolTip(tr("Every setting back to its default; asks first"));
    m_timing->retranslateUi();
    m_cues->retranslateUi();
    m_history->retranslateUi();
    m_appearance->retranslateUi();
    QList<QFormLayout *> forms{m_timing->form(), m_cues->form(), m_history->form(),
                               m_appearance->form()};
    if (m_reminders) {
        m_reminders->retranslateUi();
        forms.append(m_reminders->form());
    }
    if (m_dataFolder)
        m_dataFolder->retranslateUi();
    alignLabelColumns(forms);
}

void SettingsView::addReminderSection(ReminderSettingsSection *section)
{
    m_reminders = section;
    const int before = m_pageLayout->indexOf(m_appearance);
    m_pageLayout->insertWidget(before, section);
    m_pageLayout->insertSpacing(before + 1, 36);
    retranslateUi();
}

void SettingsView::addDataFolderSection(DataFolderSection *section)
{
    m_dataFolder = section;
    m_pageLayout->insertWidget(m_pageLayout->indexOf(m_appearance) + 1, section);
    m_pageLayout->insertSpacing(m_pageLayout->indexOf(section), 36);
    // Made after the bar below the page: Tab still follows the page, then the bar.
    setTabOrder(m_appearance->languageBox(), section->changeButton());
    setTabOrder(section->changeButton(), m_resetAll);
}

void SettingsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

bool SettingsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scrollArea->viewport() && event->type() == QEvent::Resize) {
        const int scrollBar = m_scrollArea->width() - m_scrollArea->viewport()->width();
        m_footer->layout()->setContentsMargins(footerMargins + QMargins(0, 0, scrollBar, 0));
    }
    return QWidget::eventFilter(watched, event);
}

void SettingsView::setRoutineForTotal(const Routine &routine)
{
    m_total->setRoutine(routine);
}

void SettingsView::setAvailableVoices(const QStringList &names)
{
    m_cues->setAvailableVoices(names);
}

void SettingsView::setResetConfirmer(std::function<bool(QWidget *)> confirmer)
{
    m_confirmReset = confirmer ? std::move(confirmer) : askBeforeReset;
}

void SettingsView::resetAll()
{
    if (m_confirmReset(this))
        m_settings.resetToDefaults();
}

} // namespace limber
