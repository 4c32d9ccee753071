#pragma once

#include <QWidget>

namespace limber {

// A one-pixel line between two parts of a view, in the palette's own colours (light and dark).
class Hairline : public QWidget
{
public:
    explicit Hairline(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace limber
