#include "ItHurtsDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace limber {

ItHurtsDialog::ItHurtsDialog(const QString &stretchName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("It hurts"));
    auto *title = new QLabel(tr("Paused. Ease out of %1 gently.").arg(stretchName), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto *advice = new QLabel(tr("A stretch should feel like a mild pull, never sharp pain. "
                                 "If the pain is sharp or stays, stop and talk to a doctor or "
                                 "physiotherapist."),
                              this);
    advice->setWordWrap(true);

    auto *skip = new QPushButton(tr("Skip this stretch"), this);
    auto *end = new QPushButton(tr("End the routine"), this);
    auto *resume = new QPushButton(tr("Continue"), this);
    skip->setDefault(true);
    for (QPushButton *button : {skip, end, resume}) {
        button->setMinimumHeight(44);
        button->setAccessibleName(button->text());
    }
    connect(skip, &QPushButton::clicked, this, [this] {
        m_choice = SkipStretch;
        accept();
    });
    connect(end, &QPushButton::clicked, this, [this] {
        m_choice = EndRoutine;
        accept();
    });
    connect(resume, &QPushButton::clicked, this, [this] {
        m_choice = Continue;
        accept();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(skip);
    buttons->addWidget(end);
    buttons->addStretch(1);
    buttons->addWidget(resume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(advice);
    layout->addLayout(buttons);
    setMinimumWidth(520);
}

} // namespace limber
